package io.cakewalk.mcp;

/**
 * The exchange failed below JSON-RPC: the server was unreachable, timed out, answered with an
 * unexpected status or content type, or sent something that is not MCP.
 */
public final class McpTransportException extends McpException {

  private final int status;

  /** A failure with no HTTP status (connection refused, timeout, malformed stream, …). */
  public McpTransportException(String message, Throwable cause) {
    this(message, 0, cause);
  }

  /** A failure tied to an HTTP status ({@code 0} when there was none). */
  public McpTransportException(String message, int status, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  /** The HTTP status that caused the failure, or {@code 0} when there was none. */
  public int status() {
    return status;
  }
}
