package io.cakewalk.cli.options;

import java.util.List;
import picocli.CommandLine.Option;

/** The tool arguments of a call: {@code --arg key=value} (repeatable) and {@code --args-json}. */
public final class ArgumentOptions {

  @Option(
      names = {"-a", "--arg"},
      paramLabel = "key=value",
      description = "A tool argument, repeatable.")
  List<String> pairs;

  @Option(
      names = "--args-json",
      paramLabel = "JSON|@file",
      description = "All arguments as one JSON object, or @file to read it from a file.")
  String json;

  /** The {@code key=value} pairs, in order; empty when none were given. */
  public List<String> pairs() {
    return pairs == null ? List.of() : List.copyOf(pairs);
  }

  /** The {@code --args-json} value (JSON or {@code @file}), or {@code null}. */
  public String json() {
    return json;
  }
}
