package io.cakewalk.cli.commands;

import io.cakewalk.cli.options.ProtocolChoice;
import io.cakewalk.cli.options.Transport;
import io.cakewalk.mcp.McpAuthorization;
import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything needed to open an MCP client: the resolved URL or stdio command, transport, headers,
 * credentials, protocol era and timeout. {@link #toString()} names headers but never their values.
 *
 * @param label what to call the server in messages: the connector name, URL or command
 * @param url the MCP endpoint, or {@code null} for stdio
 * @param command the server command line for stdio, else empty
 * @param transport how to reach it
 * @param headers static headers, values already expanded
 * @param authorization the credential hook
 * @param protocol the protocol era choice
 * @param timeout the per-request timeout
 */
public record ServerSpec(
    String label,
    URI url,
    List<String> command,
    Transport transport,
    Map<String, String> headers,
    McpAuthorization authorization,
    ProtocolChoice protocol,
    Duration timeout) {

  public ServerSpec {
    command = List.copyOf(command);
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    if ((transport == Transport.STDIO) != (url == null)) {
      throw new IllegalArgumentException("stdio takes a command, every other transport a URL");
    }
    if (transport == Transport.STDIO && command.isEmpty()) {
      throw new IllegalArgumentException("stdio needs a server command");
    }
  }

  @Override
  public String toString() {
    return "ServerSpec[" + label + ", " + transport + ", headers=" + headers.keySet() + "]";
  }
}
