package io.cakewalk.mcp.server;

import io.cakewalk.mcp.jsonrpc.JsonRpcError;

/**
 * Thrown by a handler (or the server itself) to answer a request with a JSON-RPC error instead of a
 * result, e.g. an unknown resource. The message goes to the client: keep secrets out of it.
 */
public final class RequestException extends RuntimeException {

  private final transient JsonRpcError error;

  public RequestException(JsonRpcError error) {
    super(error.message(), null, false, false);
    this.error = error;
  }

  /** An invalid-params ({@code -32602}) error. */
  public static RequestException invalidParams(String detail) {
    return new RequestException(JsonRpcError.invalidParams(detail));
  }

  /** The error to send. */
  public JsonRpcError error() {
    return error;
  }
}
