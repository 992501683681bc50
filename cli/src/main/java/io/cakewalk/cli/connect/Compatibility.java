package io.cakewalk.cli.connect;

import io.cakewalk.mcp.schema.Tool;
import io.cakewalk.mistral.chat.ChatRequest;
import io.cakewalk.mistral.mcp.MistralToolSet;
import io.cakewalk.mistral.mcp.ToolNameMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How well a server's tools fit Mistral: names outside {@code ^[a-zA-Z0-9_-]{1,64}$}, schemas
 * Mistral rejects, more than 128 tools, and tools whose required fields the model must fill.
 *
 * @param toolCount how many tools the server offers
 * @param problems one line per tool Mistral cannot use as it is (left out or too many)
 * @param notes one line per thing worth knowing (renamed tools, required fields)
 * @param exported the tools as Mistral function definitions, or {@code null} when there are too
 *     many
 */
public record Compatibility(
    int toolCount, List<String> problems, List<String> notes, MistralToolSet exported) {

  private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");

  public Compatibility {
    problems = List.copyOf(problems);
    notes = List.copyOf(notes);
  }

  /** Checks {@code tools}. */
  public static Compatibility of(List<Tool> tools) {
    List<String> problems = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    MistralToolSet set = null;
    if (tools.size() > ChatRequest.MAX_TOOLS) {
      problems.add(
          tools.size()
              + " tools: Mistral accepts at most "
              + ChatRequest.MAX_TOOLS
              + " per request; expose fewer or split the server");
    } else {
      set = MistralToolSet.of(tools);
      problems.addAll(set.warnings());
      ToolNameMap names = set.names();
      for (Tool t : tools) {
        if (!NAME.matcher(t.name()).matches()) {
          notes.add(
              "'"
                  + t.name()
                  + "' is outside Mistral's name rule; it is exported as '"
                  + names.mistralName(t.name()).orElse("?")
                  + "' (Le Chat may reject it: rename the tool)");
        }
      }
    }
    for (Tool t : tools) {
      List<String> required = required(t);
      if (!required.isEmpty()) {
        notes.add("'" + t.name() + "' needs the model to fill " + String.join(", ", required));
      }
    }
    return new Compatibility(tools.size(), problems, notes, set);
  }

  /** Whether every tool can be offered to Mistral. */
  public boolean compatible() {
    return problems.isEmpty();
  }

  private static List<String> required(Tool t) {
    Object required = t.inputSchema().get("required");
    if (!(required instanceof List<?> list)) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    Object props = t.inputSchema().get("properties");
    for (Object name : list) {
      String n = String.valueOf(name);
      if (props instanceof Map<?, ?> p
          && p.get(n) instanceof Map<?, ?> prop
          && prop.get("type") != null) {
        out.add(n + " (" + prop.get("type") + ")");
      } else {
        out.add(n);
      }
    }
    return out;
  }
}
