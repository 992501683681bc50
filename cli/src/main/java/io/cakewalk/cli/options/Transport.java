package io.cakewalk.cli.options;

/** The {@code --transport} choices: how to reach an MCP server. */
public enum Transport {
  /** Streamable HTTP, falling back to legacy HTTP+SSE when the server refuses the POST. */
  AUTO,
  /** Streamable HTTP only. */
  HTTP,
  /** Legacy HTTP+SSE (2024-11-05) only. */
  SSE,
  /** Launch the server command given after {@code --} and talk over its stdin/stdout. */
  STDIO
}
