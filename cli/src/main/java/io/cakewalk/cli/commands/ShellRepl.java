package io.cakewalk.cli.commands;

import io.cakewalk.mcp.McpAuthorizationException;
import io.cakewalk.mcp.McpException;
import io.cakewalk.mcp.internal.Json;
import io.cakewalk.mcp.schema.CallToolResult;
import io.cakewalk.mcp.schema.Tool;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The commands of {@code cakewalk shell}, one line at a time, independent of the terminal: {@code
 * list}, {@code describe TOOL}, {@code call TOOL k=v… | {json}}, {@code TOOL k=v…}, {@code help},
 * {@code exit}.
 */
final class ShellRepl {

  static final List<String> COMMANDS = List.of("list", "describe", "call", "help", "exit", "quit");

  private final McpSession session;
  private final PrintWriter out;
  private List<Tool> tools;

  ShellRepl(McpSession session, List<Tool> tools, PrintWriter out) {
    this.session = session;
    this.tools = List.copyOf(tools);
    this.out = out;
  }

  List<Tool> tools() {
    return tools;
  }

  Optional<Tool> tool(String name) {
    return tools.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /** Runs one line; returns {@code false} when the user asked to leave. */
  boolean execute(String line) {
    List<String> words = words(line);
    if (words == null) {
      out.println("error: unbalanced quotes");
      out.flush();
      return true;
    }
    if (words.isEmpty()) {
      return true;
    }
    String first = words.get(0);
    try {
      switch (first) {
        case "exit", "quit" -> {
          return false;
        }
        case "help", "?" -> help();
        case "list", "tools", "ls" -> list();
        case "describe" -> describe(words);
        case "call" -> call(words.subList(1, words.size()));
        default -> {
          if (tool(first).isPresent()) {
            call(words);
          } else {
            out.println("unknown command '" + first + "': type help, or press Tab");
          }
        }
      }
    } catch (McpAuthorizationException e) {
      out.println("error: " + e.getMessage() + " (HTTP " + e.status() + ")");
    } catch (McpException | IllegalArgumentException e) {
      out.println("error: " + e.getMessage());
    }
    out.flush();
    return true;
  }

  /**
   * Splits a line into words like a shell: whitespace separates, quotes group and are removed,
   * backslash escapes; a word starting with '{' takes the rest of the line as one JSON word.
   * Returns {@code null} for unbalanced quotes.
   */
  static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else if (c == '\\' && quote == '"' && i + 1 < line.length()) {
          word.append(line.charAt(++i));
        } else {
          word.append(c);
        }
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else if (c == '{' && !inWord) {
        words.add(line.substring(i).strip());
        return words;
      } else {
        inWord = true;
        if (c == '"' || c == '\'') {
          quote = c;
        } else if (c == '\\' && i + 1 < line.length()) {
          word.append(line.charAt(++i));
        } else {
          word.append(c);
        }
      }
    }
    if (quote != 0) {
      return null;
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }

  private void help() {
    out.println("list                        list the tools (again, from the server)");
    out.println("describe TOOL               show a tool's description and input schema");
    out.println("call TOOL key=value ...     call a tool; values are JSON where the schema wants");
    out.println("call TOOL {\"key\": 1}        call a tool with a JSON object");
    out.println("TOOL key=value ...          the same, without 'call'");
    out.println("exit                        leave (or Ctrl-D); Tab completes tools and arguments");
  }

  private void list() {
    tools = session.listTools();
    Table table = new Table("NAME", "ARGUMENTS", "DESCRIPTION");
    for (Tool t : tools) {
      table.row(t.name(), ToolsCommand.argumentSummary(t), Table.cut(t.description(), 60));
    }
    table.print(out);
  }

  private void describe(List<String> words) {
    if (words.size() != 2) {
      out.println("usage: describe TOOL");
      return;
    }
    Tool t = known(words.get(1));
    out.println(t.name() + (t.title() == null ? "" : " (" + t.title() + ")"));
    if (t.description() != null) {
      out.println(t.description());
    }
    out.println("input schema: " + Json.writePretty(t.inputSchema()));
  }

  private void call(List<String> words) {
    if (words.isEmpty()) {
      out.println("usage: call TOOL key=value ... | call TOOL {json}");
      return;
    }
    Tool t = known(words.get(0));
    List<String> rest = words.subList(1, words.size());
    String json = null;
    List<String> pairs = new ArrayList<>();
    for (String w : rest) {
      if (w.startsWith("{")) {
        json = w;
      } else {
        pairs.add(w);
      }
    }
    Map<String, Object> args = new LinkedHashMap<>(Arguments.build(json, pairs, t.inputSchema()));
    CallToolResult result = session.callTool(t.name(), args);
    ContentPrinter.print(result, out);
    if (result.failed()) {
      out.println("(the tool reported an error)");
    }
  }

  private Tool known(String name) {
    return tool(name)
        .orElseThrow(
            () -> new IllegalArgumentException("no tool '" + name + "' (list shows them)"));
  }
}
