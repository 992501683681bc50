package io.cakewalk.cli;

import io.cakewalk.cli.commands.Clients;
import io.cakewalk.cli.commands.McpSession;
import io.cakewalk.cli.commands.ServerSpec;
import io.cakewalk.cli.options.ProtocolChoice;
import io.cakewalk.mcp.McpClient;
import io.cakewalk.mcp.ProtocolMode;
import io.cakewalk.mcp.ServerSummary;
import io.cakewalk.mcp.schema.CallToolResult;
import io.cakewalk.mcp.schema.Implementation;
import io.cakewalk.mcp.schema.Tool;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Binds the commands' {@link Clients} seam to {@code mcp-core}'s {@link McpClient}. */
final class McpClients implements Clients {

  private static final Duration MAX_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  private final Implementation clientInfo;

  McpClients(String version) {
    this.clientInfo = new Implementation("cakewalk", version);
  }

  @Override
  public McpSession open(ServerSpec spec) {
    McpClient.Builder b =
        spec.url() == null
            ? McpClient.stdio(spec.command())
            : McpClient.builder(spec.url()).transport(transport(spec));
    spec.headers().forEach(b::header);
    Duration connect =
        spec.timeout().compareTo(MAX_CONNECT_TIMEOUT) < 0 ? spec.timeout() : MAX_CONNECT_TIMEOUT;
    McpClient client =
        b.authorization(spec.authorization())
            .protocol(mode(spec.protocol()))
            .requestTimeout(spec.timeout())
            .connectTimeout(connect)
            .clientInfo(clientInfo)
            .build();
    try {
      return new Session(client, client.connect());
    } catch (RuntimeException e) {
      client.close();
      throw e;
    }
  }

  private static McpClient.Transport transport(ServerSpec spec) {
    return switch (spec.transport()) {
      case AUTO -> McpClient.Transport.AUTO;
      case HTTP -> McpClient.Transport.STREAMABLE_HTTP;
      case SSE -> McpClient.Transport.SSE;
      case STDIO -> McpClient.Transport.STDIO;
    };
  }

  private static ProtocolMode mode(ProtocolChoice choice) {
    if (choice.version() != null) {
      return ProtocolMode.pin(choice.version());
    }
    return choice.mode().equals("auto") ? ProtocolMode.auto() : ProtocolMode.legacy();
  }

  /** A connected client. */
  private record Session(McpClient client, ServerSummary summary) implements McpSession {

    @Override
    public List<Tool> listTools() {
      return client.listTools();
    }

    @Override
    public CallToolResult callTool(String name, Map<String, Object> arguments) {
      return client.callTool(name, arguments);
    }

    @Override
    public String describe() {
      String name =
          summary.serverInfo() == null
              ? "an unnamed server"
              : summary.serverInfo().name() + " " + summary.serverInfo().version();
      return name
          + " (MCP "
          + summary.protocolVersion().wire()
          + " over "
          + summary.transport().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
          + ")";
    }

    @Override
    public void close() {
      client.close();
    }
  }
}
