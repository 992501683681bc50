package io.cakewalk.cli;

import io.cakewalk.cli.commands.Clients;
import io.cakewalk.cli.commands.McpSession;
import io.cakewalk.cli.commands.ServerSpec;
import io.cakewalk.mcp.McpTransportException;

/** Binds the commands' {@link Clients} seam to {@code mcp-core}'s client. */
final class McpClients implements Clients {

  @Override
  public McpSession open(ServerSpec spec) {
    throw new McpTransportException(
        "this build has no MCP client yet (mcp-core's McpClient is not merged)", null);
  }
}
