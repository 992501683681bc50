package io.cakewalk.mcp.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;

/**
 * A standalone MCP endpoint started by {@link McpServer#serve}: a small HTTP/1.1 server of our own
 * with the handler at {@code /mcp}. Each connection has a thread (at most 512 connections; more get
 * {@code 503}) that runs tool handlers itself, never more at once than the {@link McpServer}'s
 * concurrency. Closing it stops the listener, the connections and the sessions; close the {@link
 * McpServer} separately.
 */
public final class RunningServer implements AutoCloseable {

  private final Http1Server http;
  private final McpHttpHandler handler;

  private RunningServer(Http1Server http, McpHttpHandler handler) {
    this.http = http;
    this.handler = handler;
  }

  static RunningServer start(McpHttpHandler handler, InetSocketAddress address) throws IOException {
    return start(handler, address, Http1Server.Limits.DEFAULT);
  }

  static RunningServer start(
      McpHttpHandler handler, InetSocketAddress address, Http1Server.Limits limits)
      throws IOException {
    return new RunningServer(Http1Server.start(handler.endpoint(), address, limits), handler);
  }

  /** The port the server listens on. */
  public int port() {
    return http.port();
  }

  /** The endpoint's URL, e.g. {@code http://localhost:3001/mcp}. */
  public URI uri() {
    return URI.create("http://localhost:" + port() + "/mcp");
  }

  /** The handler, for session counts. */
  public McpHttpHandler handler() {
    return handler;
  }

  @Override
  public void close() {
    // Sockets first: a writer blocked on a peer that reads nothing holds its stream's lock, which
    // ending the sessions would otherwise wait for.
    http.close();
    handler.close();
  }
}
