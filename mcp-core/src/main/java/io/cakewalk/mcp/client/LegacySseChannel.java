package io.cakewalk.mcp.client;

import io.cakewalk.mcp.McpTransportException;
import io.cakewalk.mcp.internal.MessageCodec;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage.Notification;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage.Request;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The deprecated HTTP+SSE transport (MCP 2024-11-05 "Transports"): a {@code GET} opens an event
 * stream whose first {@code endpoint} event names the URL to POST messages to; every server
 * message, responses included, arrives on that stream.
 */
final class LegacySseChannel implements Channel {

  private final HttpAdapter http;
  private final ClientConfig config;
  private final HttpAdapter.Response stream;
  private final URI endpoint;
  private final Dispatcher dispatcher;

  private LegacySseChannel(
      HttpAdapter http,
      ClientConfig config,
      HttpAdapter.Response stream,
      SseReader reader,
      URI endpoint,
      Inbound inbound) {
    this.http = http;
    this.config = config;
    this.stream = stream;
    this.endpoint = endpoint;
    this.dispatcher =
        new Dispatcher(inbound, m -> post(m, config.requestTimeout()), config.uri().toString());
    Thread t = new Thread(() -> read(reader), "mcp-sse-reader");
    t.setDaemon(true);
    t.start();
  }

  /** Opens the stream and waits for the {@code endpoint} event. */
  static LegacySseChannel open(HttpAdapter http, ClientConfig config, Inbound inbound) {
    URI uri = config.uri();
    Duration timeout = config.requestTimeout();
    HttpAdapter.Response r =
        http.send("GET", uri, Map.of("Accept", "text/event-stream"), null, timeout);
    try {
      if (r.status() / 100 != 2 || !r.isEventStream()) {
        throw new McpTransportException(
            "GET "
                + uri
                + " answered HTTP "
                + r.status()
                + " with '"
                + r.mediaType()
                + "', not an event stream; the server speaks neither Streamable HTTP nor HTTP+SSE"
                + " at this URL",
            r.status(),
            null);
      }
      SseReader reader = new SseReader(r.body(), config.maxResponseBytes(), uri.toString());
      SseReader.Event first;
      try (Watchdog watchdog = Watchdog.closeAfter(r.body(), timeout)) {
        first = reader.next();
        if (watchdog.fired()) {
          throw HttpAdapter.timeout(uri, timeout, null);
        }
      }
      if (first == null || !first.event().equals("endpoint")) {
        throw new McpTransportException(
            uri + " opened an event stream without the 'endpoint' event of the HTTP+SSE transport",
            null);
      }
      URI endpoint = uri.resolve(first.data().strip());
      if (!HttpAdapter.origin(endpoint).equals(HttpAdapter.origin(uri))) {
        throw new McpTransportException(
            uri
                + " named an endpoint on another origin ("
                + HttpAdapter.origin(endpoint)
                + "); refusing to send messages there",
            null);
      }
      return new LegacySseChannel(http, config, r, reader, endpoint, inbound);
    } catch (IOException e) {
      r.close();
      throw new McpTransportException(
          "event stream from " + uri + " broke: " + HttpAdapter.oneLine(e), e);
    } catch (RuntimeException e) {
      r.close();
      throw e;
    }
  }

  private void read(SseReader reader) {
    try {
      SseReader.Event event;
      while ((event = reader.next()) != null) {
        if (event.event().equals("message")) {
          dispatcher.received(event.data());
        }
      }
      dispatcher.closed(
          new McpTransportException(
              "the event stream from " + config.uri() + " ended; the server closed the session",
              null));
    } catch (IOException | McpTransportException e) {
      dispatcher.closed(
          e instanceof McpTransportException m
              ? m
              : new McpTransportException(
                  "the event stream from " + config.uri() + " broke: " + HttpAdapter.oneLine(e),
                  e));
    }
  }

  @Override
  public Reply exchange(Request request, Map<String, String> headers, Duration timeout) {
    return new Reply(dispatcher.call(request, () -> post(request, timeout), timeout), 200);
  }

  @Override
  public void notify(Notification notification, Map<String, String> headers, Duration timeout) {
    post(notification, timeout);
  }

  private void post(JsonRpcMessage message, Duration timeout) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    try (HttpAdapter.Response r =
        http.send("POST", endpoint, headers, MessageCodec.write(message), timeout)) {
      if (r.status() / 100 != 2) {
        throw new McpTransportException(
            "POST "
                + endpoint
                + " was rejected with HTTP "
                + r.status()
                + "; "
                + HttpReplies.advice(r.status()),
            r.status(),
            null);
      }
    }
  }

  @Override
  public void close() {
    stream.close();
  }
}
