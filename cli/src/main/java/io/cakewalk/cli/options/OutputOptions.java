package io.cakewalk.cli.options;

import picocli.CommandLine.Option;

/** The {@code --json} switch: readable tables for people, JSON on stdout for scripts. */
public final class OutputOptions {

  @Option(
      names = "--json",
      description = "Print JSON for scripts instead of readable text.",
      scope = picocli.CommandLine.ScopeType.LOCAL)
  boolean json;

  /** Whether the user asked for JSON output. */
  public boolean json() {
    return json;
  }
}
