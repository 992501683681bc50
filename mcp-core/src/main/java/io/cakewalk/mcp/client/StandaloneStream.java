package io.cakewalk.mcp.client;

import io.cakewalk.mcp.internal.MessageCodec;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The optional standalone {@code GET} event stream of a legacy Streamable HTTP session (MCP
 * 2025-11-25 "Transports", listening for messages from the server), which carries server requests
 * and notifications unrelated to any client request. Read on a daemon thread; resumed with {@code
 * Last-Event-ID} after the server closes it; abandoned quietly when the server does not offer it.
 */
final class StandaloneStream {

  private static final int MAX_RECONNECTS = 5;

  private final HttpAdapter http;
  private final ClientConfig config;
  private final Supplier<Map<String, String>> sessionHeaders;
  private final Consumer<JsonRpcMessage> dispatch;
  private volatile boolean closed;
  private volatile HttpAdapter.Response current;

  StandaloneStream(
      HttpAdapter http,
      ClientConfig config,
      Supplier<Map<String, String>> sessionHeaders,
      Consumer<JsonRpcMessage> dispatch) {
    this.http = http;
    this.config = config;
    this.sessionHeaders = sessionHeaders;
    this.dispatch = dispatch;
  }

  void start() {
    Thread t = new Thread(this::run, "mcp-client-get-stream");
    t.setDaemon(true);
    t.start();
  }

  void close() {
    closed = true;
    HttpAdapter.Response r = current;
    if (r != null) {
      r.close();
    }
  }

  private void run() {
    String lastId = null;
    long retry = 1000;
    for (int attempt = 0; attempt <= MAX_RECONNECTS && !closed; attempt++) {
      Map<String, String> headers = new LinkedHashMap<>(sessionHeaders.get());
      headers.put("Accept", "text/event-stream");
      if (lastId != null) {
        headers.put("Last-Event-ID", lastId);
      }
      HttpAdapter.Response r;
      try {
        r = http.send("GET", config.uri(), headers, null, config.requestTimeout());
      } catch (RuntimeException e) {
        return; // no stream: server requests then only arrive on POST streams
      }
      if (r.status() / 100 != 2 || !r.isEventStream()) {
        r.close();
        return;
      }
      current = r;
      SseReader reader =
          new SseReader(r.body(), config.maxResponseBytes(), config.uri().toString());
      try {
        SseReader.Event event;
        while (!closed && (event = reader.next()) != null) {
          if (event.event().equals("message")) {
            dispatch.accept(MessageCodec.parse(event.data()));
            attempt = 0;
          }
        }
      } catch (IOException | RuntimeException e) {
        // a broken stream is resumed below like a closed one
      } finally {
        r.close();
      }
      lastId = reader.lastEventId() != null ? reader.lastEventId() : lastId;
      retry = reader.retryMillis() != null ? reader.retryMillis() : retry;
      if (closed) {
        return;
      }
      try {
        Thread.sleep(retry);
      } catch (InterruptedException e) {
        return;
      }
    }
  }
}
