package io.cakewalk.mcp;

import io.cakewalk.mcp.jsonrpc.JsonRpcError;

/** The server answered a request with a JSON-RPC error object. */
public final class McpProtocolException extends McpException {

  private final JsonRpcError error;

  public McpProtocolException(JsonRpcError error) {
    super("server error " + error.code() + ": " + error.message(), null);
    this.error = error;
  }

  /** The error exactly as the server sent it. */
  public JsonRpcError error() {
    return error;
  }
}
