package io.cakewalk.cli.commands;

import io.cakewalk.cli.connect.Compatibility;
import io.cakewalk.mcp.internal.Json;
import io.cakewalk.mcp.schema.Tool;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Help.Ansi;

/**
 * What {@code connect mistral} tells the user: numbered steps and their lines as text, or, with
 * {@code --json}, only the summary collected along the way, printed once at the end.
 */
final class ConnectReport {

  private final PrintWriter out;
  private final boolean json;
  private final boolean colour;
  private final Map<String, Object> summary = new LinkedHashMap<>();

  ConnectReport(PrintWriter out, boolean json, boolean colour) {
    this.out = out;
    this.json = json;
    this.colour = colour;
  }

  /** Adds one entry to the JSON summary. */
  void put(String key, Object value) {
    summary.put(key, value);
  }

  /** Starts a step: a blank line and its bold number and title. */
  void step(String number, String text) {
    if (!json) {
      out.println();
      out.println(
          colour ? Ansi.ON.string("@|bold " + number + " " + text + "|@") : number + " " + text);
      out.flush();
    }
  }

  /** One line of text output. */
  void line(String text) {
    if (!json) {
      out.println(text);
    }
  }

  /** The tools and what keeps any of them from Mistral. */
  void tools(List<Tool> tools, Compatibility compat) {
    if (json) {
      return;
    }
    out.println(
        "  "
            + tools.size()
            + " tools: "
            + String.join(", ", tools.stream().map(Tool::name).toList()));
    compat.problems().forEach(p -> out.println("  problem: " + p));
    compat.notes().forEach(n -> out.println("  note: " + n));
    out.println(
        compat.compatible()
            ? "  All tools can be used with Mistral."
            : "  Some tools cannot be used with Mistral as they are.");
  }

  /** The closing headline and the commands to try next. */
  void next(String headline, List<String> commands) {
    if (!json) {
      out.println();
      out.println(headline);
      commands.forEach(n -> out.println("  " + n));
    }
  }

  /** Prints the JSON summary (with {@code --json}) and flushes. */
  void finish() {
    if (json) {
      out.println(Json.writePretty(summary));
    }
    out.flush();
  }

  /** Writes {@code text} and a newline to {@code file}, creating its folder. */
  static void write(Path file, String text) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, text + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
