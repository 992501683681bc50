package io.cakewalk.mcp.client;

import io.cakewalk.mcp.ElicitationHandler;
import io.cakewalk.mcp.McpAuthorization;
import io.cakewalk.mcp.McpClient;
import io.cakewalk.mcp.ProtocolMode;
import io.cakewalk.mcp.schema.Implementation;
import io.cakewalk.mcp.schema.Progress;
import io.cakewalk.mcp.schema.Root;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Everything {@link McpClient.Builder} collected, validated once. Not API: build clients with
 * {@link McpClient#builder(URI)} or {@link McpClient#stdio(List)}.
 *
 * @param uri the MCP endpoint for HTTP transports, else {@code null}
 * @param command the server command line for stdio, else {@code null}
 * @param transport the requested transport
 * @param headers static headers sent with every HTTP request
 * @param authorization the credential hook
 * @param mode how to choose the protocol era
 * @param requestTimeout the limit for one request, response included
 * @param connectTimeout the limit for opening a TCP connection
 * @param maxResponseBytes the largest response body or event accepted
 * @param clientInfo the name and version sent to servers
 * @param elicitation answers elicitation requests, or {@code null} to not offer elicitation
 * @param roots the roots offered to servers, or {@code null} to not offer roots
 * @param progress receives progress updates for tool calls, or {@code null}
 * @param stderr receives the stdio server's stderr lines, or {@code null} to pass them through
 */
public record ClientConfig(
    URI uri,
    List<String> command,
    McpClient.Transport transport,
    Map<String, String> headers,
    McpAuthorization authorization,
    ProtocolMode mode,
    Duration requestTimeout,
    Duration connectTimeout,
    long maxResponseBytes,
    Implementation clientInfo,
    ElicitationHandler elicitation,
    List<Root> roots,
    Consumer<Progress> progress,
    Consumer<String> stderr) {

  public ClientConfig {
    if ((uri == null) == (command == null)) {
      throw new IllegalArgumentException("a client needs either a URL or a command");
    }
    command = command == null ? null : List.copyOf(command);
    headers = Map.copyOf(headers);
    roots = roots == null ? null : List.copyOf(roots);
    if (requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new IllegalArgumentException("request timeout must be positive");
    }
    if (maxResponseBytes < 1024) {
      throw new IllegalArgumentException("maximum response size must be at least 1 KiB");
    }
  }
}
