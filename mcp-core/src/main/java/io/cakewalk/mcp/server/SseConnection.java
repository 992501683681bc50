package io.cakewalk.mcp.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** One open {@code text/event-stream} response body; writes are serialised and flushed. */
final class SseConnection {

  private final OutputStream out;
  private boolean broken;

  SseConnection(OutputStream out) {
    this.out = out;
  }

  /** Writes raw event text; returns false (and closes) once the peer has gone away. */
  synchronized boolean write(String event) {
    if (broken) {
      return false;
    }
    try {
      out.write(event.getBytes(StandardCharsets.UTF_8));
      out.flush();
      return true;
    } catch (IOException e) {
      close();
      return false;
    }
  }

  synchronized boolean isOpen() {
    return !broken;
  }

  synchronized void close() {
    if (broken) {
      return;
    }
    broken = true;
    try {
      out.close();
    } catch (IOException ignored) {
      // the peer is gone already
    }
  }

  static String event(String id, String data) {
    StringBuilder sb = new StringBuilder(data.length() + 48);
    if (id != null) {
      sb.append("id: ").append(id).append('\n');
    }
    return sb.append("event: message\ndata: ").append(data).append("\n\n").toString();
  }
}
