package io.cakewalk.mcp.client;

import io.cakewalk.mcp.McpTransportException;
import io.cakewalk.mcp.internal.MessageCodec;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage.ErrorResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;

/**
 * Reads JSON-RPC out of HTTP answers and turns the ones that carry none into one-line failures that
 * say what the server sent and what to check.
 */
final class HttpReplies {

  private static final long ERROR_BODY_LIMIT = 64 * 1024;

  private HttpReplies() {}

  /**
   * The JSON-RPC error a non-2xx answer carries, as a reply with its status; otherwise a transport
   * failure naming the status and an excerpt of the body.
   */
  static Channel.Reply errorReply(HttpAdapter.Response r, String method) {
    String body = readQuietly(r);
    if (body != null && r.isJson()) {
      try {
        JsonRpcMessage m = MessageCodec.parse(body);
        if (m instanceof ErrorResponse) {
          return new Channel.Reply(m, r.status());
        }
      } catch (RuntimeException notJsonRpc) {
        // fall through to the plain HTTP failure
      }
    }
    throw new McpTransportException(
        method
            + " "
            + r.uri()
            + " answered HTTP "
            + r.status()
            + describe(r, body)
            + "; "
            + advice(r.status()),
        r.status(),
        null);
  }

  /** A failure for a message the server refused. */
  static McpTransportException rejected(HttpAdapter.Response r) {
    return new McpTransportException(
        "POST "
            + r.uri()
            + " was rejected with HTTP "
            + r.status()
            + describe(r, readQuietly(r))
            + "; "
            + advice(r.status()),
        r.status(),
        null);
  }

  /** One message, or every message of a batch. */
  static List<JsonRpcMessage> parse(String text, URI source, boolean batch) {
    try {
      return batch ? MessageCodec.parseBatch(text) : List.of(MessageCodec.parse(text));
    } catch (MessageCodec.MalformedMessageException e) {
      throw new McpTransportException(
          source
              + " sent something that is not a JSON-RPC message ("
              + HttpAdapter.oneLine(e)
              + "); is this an MCP endpoint?",
          e);
    }
  }

  /** What to check for a status, as the second half of an error message. */
  static String advice(int status) {
    if (status == 404) {
      return "check the URL path (MCP endpoints are often at /mcp)";
    }
    if (status == 405 || status == 400 || status == 406 || status == 415) {
      return "is this an MCP endpoint, and does it speak this protocol version?";
    }
    if (status == 413) {
      return "the request is larger than the server accepts";
    }
    if (status == 429) {
      return "the server is rate limiting; try again later";
    }
    if (status >= 500) {
      return "the server failed; try again later or check its logs";
    }
    return "check the URL and the server";
  }

  private static String readQuietly(HttpAdapter.Response r) {
    try {
      return Limits.readAtMost(r.body(), ERROR_BODY_LIMIT);
    } catch (IOException e) {
      return null;
    }
  }

  private static String describe(HttpAdapter.Response r, String body) {
    String text = Limits.excerpt(body);
    String type = r.mediaType();
    return text.isEmpty() ? "" : " (" + (type.isEmpty() ? "" : type + ": ") + text + ")";
  }
}
