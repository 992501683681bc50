package io.cakewalk.mcp.jsonrpc;

/**
 * A JSON-RPC error object, with factories for the codes MCP uses.
 *
 * @param code the error code
 * @param message a short, one-line description
 * @param data optional extra information (any JSON value), or {@code null}
 */
public record JsonRpcError(int code, String message, Object data) {

  public static final int PARSE_ERROR = -32700;
  public static final int INVALID_REQUEST = -32600;
  public static final int METHOD_NOT_FOUND = -32601;
  public static final int INVALID_PARAMS = -32602;
  public static final int INTERNAL_ERROR = -32603;

  /** De-facto legacy transport error of the TypeScript SDK ("Bad Request", "Not Acceptable"). */
  public static final int TRANSPORT_ERROR = -32000;

  /** De-facto legacy "Session not found". */
  public static final int SESSION_NOT_FOUND = -32001;

  /** Resource not found, up to 2025-11-25. */
  public static final int RESOURCE_NOT_FOUND = -32002;

  /** 2026-07-28: a header disagrees with the body, or is missing or malformed. */
  public static final int HEADER_MISMATCH = -32020;

  /** 2026-07-28: the request needs a client capability that was not declared. */
  public static final int MISSING_REQUIRED_CLIENT_CAPABILITY = -32021;

  /** 2026-07-28: the requested protocol version is not supported. */
  public static final int UNSUPPORTED_PROTOCOL_VERSION = -32022;

  public JsonRpcError {
    if (message == null) {
      message = "";
    }
  }

  public JsonRpcError(int code, String message) {
    this(code, message, null);
  }

  public static JsonRpcError parseError(String detail) {
    return new JsonRpcError(PARSE_ERROR, "Parse error: " + detail);
  }

  public static JsonRpcError invalidRequest(String detail) {
    return new JsonRpcError(INVALID_REQUEST, "Invalid request: " + detail);
  }

  public static JsonRpcError methodNotFound(String method) {
    return new JsonRpcError(METHOD_NOT_FOUND, "Method not found: " + method);
  }

  public static JsonRpcError invalidParams(String detail) {
    return new JsonRpcError(INVALID_PARAMS, "Invalid params: " + detail);
  }

  public static JsonRpcError internalError() {
    return new JsonRpcError(INTERNAL_ERROR, "Internal error");
  }

  /** Whether this is one of the 2026-07-28 transport errors that prove a modern-era server. */
  public boolean isModernEraError() {
    return code == HEADER_MISMATCH
        || code == MISSING_REQUIRED_CLIENT_CAPABILITY
        || code == UNSUPPORTED_PROTOCOL_VERSION;
  }
}
