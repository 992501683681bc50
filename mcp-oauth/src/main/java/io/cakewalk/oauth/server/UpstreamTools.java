package io.cakewalk.oauth.server;

import io.cakewalk.mcp.McpClient;
import io.cakewalk.mcp.McpException;
import io.cakewalk.mcp.schema.Tool;
import io.cakewalk.mcp.server.McpServer;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Upstream aggregation for the {@link Gateway}: connects each {@link Upstream} with its own
 * configured headers and re-exposes its tools as {@code <name>_<tool>}, forwarding calls.
 */
final class UpstreamTools {

  // logs under the gateway's name, as before the split, so logging configuration still applies
  private static final Logger LOG = Logger.getLogger(Gateway.class.getName());

  private UpstreamTools() {}

  /**
   * Connects every upstream and adds its tools to {@code b} and their names to {@code names}; when
   * one fails, the clients already connected are closed.
   *
   * @return the connected clients, in order
   * @throws IllegalStateException when an upstream is unreachable (one line, says what to fix)
   */
  static List<McpClient> connectAll(
      McpServer.Builder b, List<Upstream> upstreams, List<String> names) {
    List<McpClient> clients = new ArrayList<>();
    try {
      for (Upstream upstream : upstreams) {
        McpClient client = connect(upstream);
        clients.add(client);
        expose(b, upstream, client, names);
      }
    } catch (RuntimeException e) {
      clients.forEach(McpClient::close);
      throw e;
    }
    return List.copyOf(clients);
  }

  private static McpClient connect(Upstream upstream) {
    McpClient.Builder b =
        upstream.url() != null
            ? McpClient.builder(upstream.url())
            : McpClient.stdio(upstream.command());
    upstream.headers().forEach(b::header);
    McpClient client = b.build();
    try {
      client.connect();
      return client;
    } catch (McpException | UncheckedIOException e) {
      client.close();
      throw new IllegalStateException(
          "upstream "
              + upstream.label()
              + " is unreachable: "
              + e.getMessage()
              + "; check the URL or command and that the server is running");
    }
  }

  private static void expose(
      McpServer.Builder b, Upstream upstream, McpClient client, List<String> names) {
    for (Tool tool : client.listTools()) {
      String name = upstream.name() + "_" + tool.name();
      if (name.length() > 64 || !name.matches("[A-Za-z0-9_.-]+")) {
        LOG.warning(() -> "skipping upstream tool with an unusable name: " + name);
        continue;
      }
      String description =
          "[" + upstream.name() + "] " + (tool.description() == null ? "" : tool.description());
      Tool.Builder copy =
          Tool.builder(name, tool.inputSchema())
              .description(description.trim())
              .annotations(tool.annotations());
      if (tool.title() != null) {
        copy.title(tool.title());
      }
      if (tool.outputSchema() != null) {
        copy.outputSchema(tool.outputSchema());
      }
      String upstreamName = tool.name();
      b.tool(copy.build(), (args, ctx) -> client.callTool(upstreamName, args));
      names.add(name);
    }
  }
}
