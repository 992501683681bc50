package io.cakewalk.mcp.client;

import io.cakewalk.mcp.McpTransportException;
import io.cakewalk.mcp.internal.Json;
import io.cakewalk.mcp.schema.Tool;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The tools last listed, fetched page by page ({@code nextCursor}, MCP "Pagination"), with the
 * {@code x-mcp-header} parameters of each and the reasons for the tools that were dropped.
 */
final class ToolCatalog {

  private static final int MAX_PAGES = 1000;

  /** Warns; looks the logger up only then, as that starts the JDK's logging at some cost. */
  private static void warn(String message) {
    System.getLogger("io.cakewalk.mcp.client").log(System.Logger.Level.WARNING, message);
  }

  private record Snapshot(
      Map<String, Tool> tools,
      Map<String, List<ToolHeaders.Param>> params,
      Map<String, String> rejected) {}

  private volatile Snapshot snapshot;

  /** Fetches every page with {@code fetch} (params to result) and remembers the result. */
  List<Tool> refresh(Function<Map<String, Object>, Map<String, Object>> fetch, boolean modern) {
    Map<String, Tool> tools = new LinkedHashMap<>();
    Map<String, List<ToolHeaders.Param>> params = new LinkedHashMap<>();
    Map<String, String> rejected = new LinkedHashMap<>();
    Set<String> cursors = new HashSet<>();
    String cursor = null;
    for (int page = 0; page < MAX_PAGES; page++) {
      Map<String, Object> result =
          fetch.apply(cursor == null ? Map.of() : Map.of("cursor", cursor));
      if (!(result.get("tools") instanceof List<?> list)) {
        throw new McpTransportException("server answered tools/list without a 'tools' array", null);
      }
      for (Object item : list) {
        add(item, modern, tools, params, rejected);
      }
      Object next = result.get("nextCursor");
      if (!(next instanceof String s) || s.isEmpty()) {
        snapshot = new Snapshot(Map.copyOf(tools), Map.copyOf(params), Map.copyOf(rejected));
        return List.copyOf(tools.values());
      }
      if (!cursors.add(s)) {
        throw new McpTransportException(
            "server repeated the tools/list cursor '" + s + "'; its pagination is broken", null);
      }
      cursor = s;
    }
    throw new McpTransportException(
        "server sent more than " + MAX_PAGES + " tools/list pages", null);
  }

  private static void add(
      Object item,
      boolean modern,
      Map<String, Tool> tools,
      Map<String, List<ToolHeaders.Param>> params,
      Map<String, String> rejected) {
    Tool tool;
    try {
      tool = Json.convert(item, Tool.class);
    } catch (RuntimeException e) {
      String name = item instanceof Map<?, ?> m ? String.valueOf(m.get("name")) : "?";
      warn("ignoring malformed tool '" + name + "': " + HttpAdapter.oneLine(e));
      return;
    }
    Object headerParams = ToolHeaders.params(tool);
    if (headerParams instanceof String problem) {
      if (modern) {
        warn("ignoring tool '" + tool.name() + "': " + problem);
        rejected.put(tool.name(), problem);
        return;
      }
      headerParams = List.of();
    }
    @SuppressWarnings("unchecked")
    List<ToolHeaders.Param> p = (List<ToolHeaders.Param>) headerParams;
    tools.put(tool.name(), tool);
    params.put(tool.name(), p);
  }

  boolean loaded() {
    return snapshot != null;
  }

  Tool get(String name) {
    Snapshot s = snapshot;
    return s == null ? null : s.tools().get(name);
  }

  /** Why a tool was dropped, or {@code null}. */
  String rejected(String name) {
    Snapshot s = snapshot;
    return s == null ? null : s.rejected().get(name);
  }

  List<ToolHeaders.Param> params(String name) {
    Snapshot s = snapshot;
    return s == null ? List.of() : s.params().getOrDefault(name, List.of());
  }

  /** Forgets the list (the server said it changed). */
  void invalidate() {
    snapshot = null;
  }
}
