package io.cakewalk.mcp;

import java.util.List;

/**
 * Tool arguments did not match the tool's {@code inputSchema}, or a result's {@code
 * structuredContent} did not match its {@code outputSchema}. Nothing was sent for invalid
 * arguments.
 */
public final class McpValidationException extends McpException {

  private final List<String> problems;

  public McpValidationException(String subject, List<String> problems) {
    super(subject + ": " + String.join("; ", problems), null);
    this.problems = List.copyOf(problems);
  }

  /** One entry per failing location, each naming the JSON path and what is wrong there. */
  public List<String> problems() {
    return problems;
  }
}
