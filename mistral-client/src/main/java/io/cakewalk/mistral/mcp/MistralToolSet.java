package io.cakewalk.mistral.mcp;

import io.cakewalk.mistral.chat.ChatRequest;
import io.cakewalk.mistral.chat.FunctionDefinition;
import io.cakewalk.mistral.chat.Tool;
import io.cakewalk.mistral.internal.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * MCP tools converted to Mistral function tools, with the name map to route calls back. Schemas are
 * cleaned and checked against Draft-7 once, here; a tool whose schema still fails is left out and
 * named in {@link #warnings()}. More than 128 tools is an error unless a selection narrows them.
 *
 * <pre>{@code
 * MistralToolSet set = MistralToolSet.of(mcpClient.listTools());
 * String json = set.toJson(ExportFormat.MISTRAL);
 * }</pre>
 */
public final class MistralToolSet {

  private final ToolNameMap names;
  private final List<Tool> tools;
  private final List<String> warnings;
  private final Map<String, Map<String, Object>> openAiStrict;

  private MistralToolSet(
      ToolNameMap names,
      List<Tool> tools,
      List<String> warnings,
      Map<String, Map<String, Object>> openAiStrict) {
    this.names = names;
    this.tools = List.copyOf(tools);
    this.warnings = List.copyOf(warnings);
    this.openAiStrict = Map.copyOf(openAiStrict);
  }

  /** Converts all tools; fails with a clear message when there are more than 128. */
  public static MistralToolSet of(List<io.cakewalk.mcp.schema.Tool> mcpTools) {
    return of(mcpTools, t -> true, null, null);
  }

  /**
   * Converts the selected tools.
   *
   * @param mcpTools the server's tools
   * @param select which tools to offer
   * @param prefix optional {@code <prefix>_} for every name (multi-server sets), or {@code null}
   * @param strict optional {@code strict} flag for every function, or {@code null} to omit it
   */
  public static MistralToolSet of(
      List<io.cakewalk.mcp.schema.Tool> mcpTools,
      Predicate<io.cakewalk.mcp.schema.Tool> select,
      String prefix,
      Boolean strict) {
    List<io.cakewalk.mcp.schema.Tool> chosen = mcpTools.stream().filter(select).toList();
    if (chosen.size() > ChatRequest.MAX_TOOLS) {
      throw new IllegalArgumentException(
          "The server offers "
              + chosen.size()
              + " tools but Mistral accepts at most "
              + ChatRequest.MAX_TOOLS
              + " per request: select fewer tools");
    }
    ToolNameMap names = ToolNameMap.of(prefix, chosen);
    List<Tool> tools = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Map<String, Map<String, Object>> openAiStrict = new LinkedHashMap<>();
    for (Map.Entry<String, io.cakewalk.mcp.schema.Tool> e : names.entries().entrySet()) {
      Map<String, Object> parameters = SchemaCleaner.clean(e.getValue().inputSchema());
      List<String> problems = SchemaCleaner.problems(parameters);
      if (!problems.isEmpty()) {
        warnings.add(
            "Tool '"
                + e.getValue().name()
                + "' left out: invalid input schema: "
                + problems.get(0));
        continue;
      }
      String description = e.getValue().description();
      if (description == null) {
        description = e.getValue().title();
      }
      tools.add(Tool.function(new FunctionDefinition(e.getKey(), description, parameters, strict)));
      if (Boolean.TRUE.equals(strict)) {
        OpenAiStrict.convert(parameters)
            .ifPresentOrElse(
                p -> openAiStrict.put(e.getKey(), p),
                () ->
                    warnings.add(
                        "Tool '"
                            + e.getValue().name()
                            + "' accepts extra properties, which OpenAI strict mode forbids:"
                            + " exported with strict false in the openai format"));
      }
    }
    return new MistralToolSet(names, tools, warnings, openAiStrict);
  }

  /** The function tools, ready for {@code ChatRequest.tools}. */
  public List<Tool> tools() {
    return tools;
  }

  /** Mistral name to MCP tool and back. */
  public ToolNameMap names() {
    return names;
  }

  /** One line per tool left out, naming it and why. */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * The tool definitions as an indented JSON array in the given format. With {@code strict} set,
   * {@link ExportFormat#OPENAI} writes each schema in OpenAI's strict subset, or {@code "strict":
   * false} for a tool whose schema cannot be closed (named in {@link #warnings()}).
   */
  public String toJson(ExportFormat format) {
    List<Object> out = new ArrayList<>();
    for (Tool t : tools) {
      FunctionDefinition f = ((Tool.Function) t).function();
      Map<String, Object> parameters = f.parameters();
      Boolean strict = f.strict();
      if (format == ExportFormat.OPENAI) {
        Map<String, Object> closed = openAiStrict.get(f.name());
        parameters = closed != null ? closed : parameters;
        strict = closed != null;
      }
      Map<String, Object> fn = new LinkedHashMap<>();
      fn.put("name", f.name());
      fn.put("description", f.description() == null ? "" : f.description());
      fn.put("parameters", parameters);
      if (strict != null) {
        fn.put("strict", strict);
      }
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("type", "function");
      entry.put("function", fn);
      out.add(entry);
    }
    return Json.writePretty(out);
  }
}
