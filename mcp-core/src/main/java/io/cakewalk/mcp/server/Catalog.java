package io.cakewalk.mcp.server;

import io.cakewalk.mcp.schema.Prompt;
import io.cakewalk.mcp.schema.Resource;
import io.cakewalk.mcp.schema.ResourceTemplate;
import io.cakewalk.mcp.schema.Tool;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * The server's tools, prompts and resources as immutable snapshots (readers never lock; writers
 * copy), plus the listeners told about changes.
 */
final class Catalog {

  /** The conformance-safe subset of SEP-986 names: 1 to 64 characters. */
  private static final Pattern TOOL_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

  record ToolEntry(Tool tool, ToolHandler handler, ArgumentValidator validator) {}

  record PromptEntry(Prompt prompt, PromptHandler handler) {}

  record ResourceEntry(Resource resource, ResourceHandler handler) {}

  record TemplateEntry(ResourceTemplate template, UriTemplate matcher, ResourceHandler handler) {}

  /** Receives list-changed and resource-updated notifications. */
  interface Listener {
    void changed(ServerEvent event);
  }

  private volatile Map<String, ToolEntry> tools = Map.of();
  private volatile List<ToolEntry> toolList = List.of();
  private volatile Map<String, PromptEntry> prompts = Map.of();
  private volatile Map<String, ResourceEntry> resources = Map.of();
  private volatile List<TemplateEntry> templates = List.of();
  private final List<Listener> listeners = new CopyOnWriteArrayList<>();

  static void checkToolName(String name) {
    if (!TOOL_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "tool name '" + name + "' must be 1 to 64 characters of A-Z a-z 0-9 _ . -");
    }
  }

  synchronized void putTool(Tool tool, ToolHandler handler) {
    checkToolName(tool.name());
    Map<String, ToolEntry> copy = new LinkedHashMap<>(tools);
    copy.put(tool.name(), new ToolEntry(tool, handler, ArgumentValidator.compile(tool)));
    tools = java.util.Collections.unmodifiableMap(copy);
    toolList = List.copyOf(copy.values());
  }

  synchronized boolean removeTool(String name) {
    if (!tools.containsKey(name)) {
      return false;
    }
    Map<String, ToolEntry> copy = new LinkedHashMap<>(tools);
    copy.remove(name);
    tools = java.util.Collections.unmodifiableMap(copy);
    toolList = List.copyOf(copy.values());
    return true;
  }

  synchronized void putPrompt(Prompt prompt, PromptHandler handler) {
    Map<String, PromptEntry> copy = new LinkedHashMap<>(prompts);
    copy.put(prompt.name(), new PromptEntry(prompt, handler));
    prompts = java.util.Collections.unmodifiableMap(copy);
  }

  synchronized boolean removePrompt(String name) {
    if (!prompts.containsKey(name)) {
      return false;
    }
    Map<String, PromptEntry> copy = new LinkedHashMap<>(prompts);
    copy.remove(name);
    prompts = java.util.Collections.unmodifiableMap(copy);
    return true;
  }

  synchronized void putResource(Resource resource, ResourceHandler handler) {
    Map<String, ResourceEntry> copy = new LinkedHashMap<>(resources);
    copy.put(resource.uri(), new ResourceEntry(resource, handler));
    resources = java.util.Collections.unmodifiableMap(copy);
  }

  synchronized boolean removeResource(String uri) {
    if (!resources.containsKey(uri)) {
      return false;
    }
    Map<String, ResourceEntry> copy = new LinkedHashMap<>(resources);
    copy.remove(uri);
    resources = java.util.Collections.unmodifiableMap(copy);
    return true;
  }

  synchronized void putTemplate(ResourceTemplate template, ResourceHandler handler) {
    List<TemplateEntry> copy = new ArrayList<>(templates);
    copy.add(new TemplateEntry(template, UriTemplate.parse(template.uriTemplate()), handler));
    templates = List.copyOf(copy);
  }

  ToolEntry tool(String name) {
    return tools.get(name);
  }

  List<ToolEntry> tools() {
    return toolList;
  }

  PromptEntry prompt(String name) {
    return prompts.get(name);
  }

  List<PromptEntry> prompts() {
    return List.copyOf(prompts.values());
  }

  ResourceEntry resource(String uri) {
    return resources.get(uri);
  }

  List<ResourceEntry> resources() {
    return List.copyOf(resources.values());
  }

  List<TemplateEntry> templates() {
    return templates;
  }

  void addListener(Listener listener) {
    listeners.add(listener);
  }

  void removeListener(Listener listener) {
    listeners.remove(listener);
  }

  void fire(ServerEvent event) {
    for (Listener listener : listeners) {
      listener.changed(event);
    }
  }
}
