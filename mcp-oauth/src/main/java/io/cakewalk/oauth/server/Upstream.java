package io.cakewalk.oauth.server;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An MCP server the {@link Gateway} fronts: reached over HTTP (with optional static headers) or
 * started as a local process over stdio. Its tools are re-exposed as {@code <name>_<tool>}.
 *
 * @param name a short prefix: 1 to 20 of {@code [A-Za-z0-9-]}
 * @param url the HTTP endpoint, or {@code null} for a stdio server
 * @param headers static headers sent upstream (for example an API key); never the client's token
 * @param command the stdio command and its arguments, or {@code null} for an HTTP server
 */
public record Upstream(String name, URI url, Map<String, String> headers, List<String> command) {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9-]{1,20}");

  public Upstream {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "upstream name must be 1 to 20 letters, digits or '-': " + name);
    }
    if ((url == null) == (command == null || command.isEmpty())) {
      throw new IllegalArgumentException("upstream " + name + " needs either a URL or a command");
    }
    headers = headers == null ? Map.of() : Map.copyOf(headers);
    command = command == null ? null : List.copyOf(command);
  }

  /** An HTTP upstream. */
  public static Upstream http(String name, URI url, Map<String, String> headers) {
    return new Upstream(name, url, headers, null);
  }

  /** A stdio upstream started with {@code command}. */
  public static Upstream stdio(String name, List<String> command) {
    return new Upstream(name, null, Map.of(), command);
  }

  /** Where the upstream is, for messages (header values are left out: they may be secrets). */
  String label() {
    return name + " (" + (url != null ? url : String.join(" ", command)) + ")";
  }

  @Override
  public String toString() {
    return "Upstream[" + label() + ", headers=" + headers.keySet() + "]";
  }
}
