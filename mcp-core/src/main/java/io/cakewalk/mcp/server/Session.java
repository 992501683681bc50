package io.cakewalk.mcp.server;

import io.cakewalk.mcp.jsonrpc.RequestId;
import io.cakewalk.mcp.schema.ProtocolVersion;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A legacy-era session (2025-03-26 to 2025-11-25): negotiated version, client capabilities, the
 * standalone GET stream, resumable POST streams, requests in flight both ways.
 */
final class Session {

  private static final int KEPT_STREAMS = 64;

  private final String id;
  private final ProtocolVersion version;
  private final Map<String, Object> clientCapabilities;
  private final long created = System.nanoTime();
  private volatile long lastActive = System.nanoTime();
  private volatile LogLevel logLevel;
  private final Set<String> subscriptions = ConcurrentHashMap.newKeySet();
  private final Map<RequestId, Context> inFlight = new ConcurrentHashMap<>();
  private final Map<RequestId, CompletableFuture<Map<String, Object>>> pending =
      new ConcurrentHashMap<>();
  private final AtomicLong outgoingIds = new AtomicLong();
  private final AtomicLong streamIds = new AtomicLong();
  private final Map<String, EventStream> streams = new LinkedHashMap<>();
  private EventStream standalone;

  Session(String id, ProtocolVersion version, Map<String, Object> clientCapabilities) {
    this.id = id;
    this.version = version;
    this.clientCapabilities = clientCapabilities == null ? Map.of() : clientCapabilities;
  }

  String id() {
    return id;
  }

  ProtocolVersion version() {
    return version;
  }

  Map<String, Object> clientCapabilities() {
    return clientCapabilities;
  }

  void touch() {
    lastActive = System.nanoTime();
  }

  long idleNanos(long now) {
    return now - lastActive;
  }

  long ageNanos(long now) {
    return now - created;
  }

  LogLevel logLevel() {
    return logLevel;
  }

  void logLevel(LogLevel level) {
    this.logLevel = level;
  }

  Set<String> subscriptions() {
    return subscriptions;
  }

  Map<RequestId, Context> inFlight() {
    return inFlight;
  }

  /** Registers a server-to-client request and returns its id. */
  RequestId expect(CompletableFuture<Map<String, Object>> answer) {
    RequestId rid = RequestId.of("s-" + outgoingIds.incrementAndGet());
    pending.put(rid, answer);
    return rid;
  }

  /** Completes a server-to-client request with the client's answer; false if unknown. */
  boolean answer(RequestId rid, Map<String, Object> result, RuntimeException error) {
    CompletableFuture<Map<String, Object>> f = pending.remove(rid);
    if (f == null) {
      return false;
    }
    if (error != null) {
      f.completeExceptionally(error);
    } else {
      f.complete(result);
    }
    return true;
  }

  /** A new resumable stream for a POST response. */
  synchronized EventStream openStream() {
    EventStream stream = new EventStream("p" + streamIds.incrementAndGet(), true);
    streams.put(stream.id(), stream);
    if (streams.size() > KEPT_STREAMS) {
      Iterator<EventStream> it = streams.values().iterator();
      while (streams.size() > KEPT_STREAMS && it.hasNext()) {
        if (it.next().finished()) {
          it.remove();
        }
      }
    }
    return stream;
  }

  synchronized EventStream stream(String streamId) {
    if (standalone != null && standalone.id().equals(streamId)) {
      return standalone;
    }
    return streams.get(streamId);
  }

  /** The standalone GET stream, created on first use. */
  synchronized EventStream standalone() {
    if (standalone == null) {
      standalone = new EventStream("g" + streamIds.incrementAndGet(), true);
    }
    return standalone;
  }

  synchronized EventStream standaloneIfOpen() {
    return standalone;
  }

  /** Ends everything: streams close, waiting handlers are cancelled. */
  void close() {
    synchronized (this) {
      streams.values().forEach(EventStream::finish);
      streams.clear();
      if (standalone != null) {
        standalone.finish();
      }
    }
    inFlight.values().forEach(Context::cancel);
    pending.values().forEach(f -> f.cancel(true));
    pending.clear();
  }
}
