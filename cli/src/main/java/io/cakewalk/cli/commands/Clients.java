package io.cakewalk.cli.commands;

/** Opens connected MCP sessions; the seam between commands and {@code mcp-core}'s client. */
@FunctionalInterface
public interface Clients {

  /**
   * Connects to the server described by {@code spec}.
   *
   * @throws io.cakewalk.mcp.McpException when the server cannot be reached or refuses
   */
  McpSession open(ServerSpec spec);
}
