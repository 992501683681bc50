package io.cakewalk.mcp.server;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A logical SSE stream of a legacy session (a POST response or the standalone GET stream): event
 * ids are {@code <streamId>:<seq>}, recent events are kept so that a client reconnecting with
 * {@code Last-Event-ID} gets what it missed (2025-11-25 "Resumability and Redelivery"). Under
 * 2026-07-28 streams carry no ids and keep nothing.
 */
final class EventStream {

  private static final int REPLAY_LIMIT = 256;

  private final String id;
  private final boolean resumable;
  private final Deque<String[]> replay = new ArrayDeque<>();
  private long seq;
  private SseConnection attached;
  private boolean finished;

  EventStream(String id, boolean resumable) {
    this.id = id;
    this.resumable = resumable;
  }

  String id() {
    return id;
  }

  /** Sends the priming event (an id and empty data) with a reconnection delay. */
  synchronized void prime(long retryMillis) {
    String eventId = nextId();
    String text = "id: " + eventId + "\nretry: " + retryMillis + "\ndata: \n\n";
    remember(eventId, text);
    deliver(text);
  }

  /** Sends one JSON-RPC message; returns false if no live connection received it. */
  synchronized boolean send(byte[] json) {
    String eventId = resumable ? nextId() : null;
    String text =
        SseConnection.event(eventId, new String(json, java.nio.charset.StandardCharsets.UTF_8));
    if (resumable) {
      remember(eventId, text);
    }
    return deliver(text);
  }

  /** Sends an SSE comment to keep proxies and the peer's idle timers quiet. */
  synchronized boolean keepAlive() {
    return deliver(": keep-alive\n\n");
  }

  synchronized void attach(SseConnection connection, long afterSeq) {
    for (String[] event : replay) {
      long n = Long.parseLong(event[0].substring(event[0].lastIndexOf(':') + 1));
      if (n > afterSeq) {
        connection.write(event[1]);
      }
    }
    if (finished) {
      connection.close();
      return;
    }
    if (attached != null && attached != connection) {
      attached.close();
    }
    attached = connection;
  }

  /** Closes the connection but keeps the stream: the client may resume it (SSE polling). */
  synchronized void dropConnection() {
    if (attached != null) {
      attached.close();
      attached = null;
    }
  }

  synchronized boolean hasLiveConnection() {
    return attached != null && attached.isOpen();
  }

  synchronized void finish() {
    finished = true;
    if (attached != null) {
      attached.close();
      attached = null;
    }
  }

  synchronized boolean finished() {
    return finished;
  }

  private String nextId() {
    return id + ":" + seq++;
  }

  private void remember(String eventId, String text) {
    replay.addLast(new String[] {eventId, text});
    if (replay.size() > REPLAY_LIMIT) {
      replay.removeFirst();
    }
  }

  private boolean deliver(String text) {
    if (attached == null) {
      return false;
    }
    if (!attached.write(text)) {
      attached = null;
      return false;
    }
    return true;
  }
}
