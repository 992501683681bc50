package io.cakewalk.mcp;

/**
 * The one unchecked exception family of {@code mcp-core}, split by what a caller can do about it.
 *
 * <ul>
 *   <li>{@link McpProtocolException}: the server answered with a JSON-RPC error.
 *   <li>{@link McpTransportException}: the server could not be reached or did not speak MCP.
 *   <li>{@link McpAuthorizationException}: the server wants (other) credentials.
 *   <li>{@link McpValidationException}: a message failed its JSON Schema before or after sending.
 * </ul>
 *
 * <p>Messages are one line, say what went wrong and what to do, and never contain credentials.
 */
public abstract sealed class McpException extends RuntimeException
    permits McpProtocolException,
        McpTransportException,
        McpAuthorizationException,
        McpValidationException {

  McpException(String message, Throwable cause) {
    super(message, cause);
  }
}
