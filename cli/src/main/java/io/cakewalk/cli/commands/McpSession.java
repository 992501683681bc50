package io.cakewalk.cli.commands;

import io.cakewalk.mcp.schema.CallToolResult;
import io.cakewalk.mcp.schema.Tool;
import java.util.List;
import java.util.Map;

/**
 * A connected MCP client as the commands see it: the few calls they make, so that one adapter binds
 * them to {@code mcp-core}'s client.
 */
public interface McpSession extends AutoCloseable {

  /** Every tool of the server, all pages. */
  List<Tool> listTools();

  /** Calls a tool; arguments are validated against its input schema before sending. */
  CallToolResult callTool(String name, Map<String, Object> arguments);

  /** A one-line description of the server: name, version and negotiated protocol. */
  String describe();

  @Override
  void close();
}
