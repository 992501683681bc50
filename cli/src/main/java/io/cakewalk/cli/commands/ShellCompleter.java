package io.cakewalk.cli.commands;

import io.cakewalk.mcp.schema.Tool;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/** Tab completion for the shell: commands and tool names first, then a tool's argument names. */
final class ShellCompleter implements Completer {

  private final ShellRepl repl;

  ShellCompleter(ShellRepl repl) {
    this.repl = repl;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    List<String> words = line.words();
    int index = line.wordIndex();
    if (index == 0) {
      ShellRepl.COMMANDS.forEach(c -> candidates.add(new Candidate(c)));
      toolNames(candidates);
      return;
    }
    String first = words.get(0);
    if (index == 1 && (first.equals("call") || first.equals("describe"))) {
      toolNames(candidates);
      return;
    }
    if (first.equals("describe")) {
      return;
    }
    String toolName = first.equals("call") ? words.get(1) : first;
    Optional<Tool> tool = repl.tool(toolName);
    if (tool.isEmpty()
        || !(tool.get().inputSchema().get("properties") instanceof Map<?, ?> props)) {
      return;
    }
    for (Object key : props.keySet()) {
      String name = String.valueOf(key);
      boolean given = words.stream().anyMatch(w -> w.startsWith(name + "="));
      if (!given) {
        candidates.add(
            new Candidate(name + "=", name, null, description(props.get(key)), null, null, false));
      }
    }
  }

  private void toolNames(List<Candidate> candidates) {
    for (Tool t : repl.tools()) {
      candidates.add(
          new Candidate(
              t.name(), t.name(), "tools", Table.cut(t.description(), 40), null, null, true));
    }
  }

  private static String description(Object property) {
    return property instanceof Map<?, ?> p && p.get("type") != null
        ? String.valueOf(p.get("type"))
        : null;
  }
}
