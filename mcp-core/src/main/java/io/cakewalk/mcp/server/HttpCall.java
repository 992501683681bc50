package io.cakewalk.mcp.server;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * One HTTP request/response as the protocol core sees it, free of any HTTP server's types; {@link
 * McpHttpHandler} adapts {@code com.sun.net.httpserver}, a servlet adapter could do the same. The
 * response may be completed from another thread after the server's handler method returned.
 */
interface HttpCall {

  /** {@code GET}, {@code POST}, {@code DELETE}, ... */
  String method();

  /** The first value of a request header (name compared case-insensitively), or {@code null}. */
  String header(String name);

  /** The request body, or {@code null} when it is longer than {@code max} bytes. */
  byte[] body(int max) throws IOException;

  /** Sends a complete response; {@code body} may be empty. */
  void respond(int status, Map<String, String> headers, byte[] body) throws IOException;

  /** Starts a streamed 200 response with the given headers and returns its body. */
  OutputStream stream(Map<String, String> headers) throws IOException;
}
