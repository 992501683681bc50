package io.cakewalk.mcp.client;

import io.cakewalk.mcp.McpTransportException;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads {@code text/event-stream} events (WHATWG HTML "Server-sent events" §9.2.6): lines end in
 * LF, CRLF or CR; a blank line dispatches; {@code data} lines join with LF; events with empty data
 * are not returned but their {@code id} still counts; comments and unknown fields are ignored.
 */
final class SseReader implements Closeable {

  /** One dispatched event; {@code event} is {@code message} when the stream named none. */
  record Event(String id, String event, String data) {}

  private final InputStream in;
  private final long maxEventBytes;
  private final String source;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private boolean skipLf;
  private String lastEventId;
  private Long retryMillis;

  SseReader(InputStream in, long maxEventBytes, String source) {
    this.in = in.markSupported() ? in : new java.io.BufferedInputStream(in, 8192);
    this.maxEventBytes = maxEventBytes;
    this.source = source;
  }

  /** The last event id seen, or {@code null}. */
  String lastEventId() {
    return lastEventId;
  }

  /** The last {@code retry} value in milliseconds, or {@code null}. */
  Long retryMillis() {
    return retryMillis;
  }

  /** The next event with data, or {@code null} at the end of the stream. */
  Event next() throws IOException {
    StringBuilder data = null;
    String event = null;
    String id = null;
    long size = 0;
    while (true) {
      String l = readLine();
      if (l == null) {
        return null; // an unterminated event at EOF is discarded
      }
      if (l.isEmpty()) {
        if (id != null) {
          lastEventId = id;
        }
        if (data != null && data.length() > 0) {
          return new Event(
              lastEventId, event == null || event.isEmpty() ? "message" : event, data.toString());
        }
        data = null;
        event = null;
        id = null;
        size = 0;
        continue;
      }
      size += l.length();
      if (size > maxEventBytes) {
        throw tooLarge();
      }
      if (l.startsWith(":")) {
        continue;
      }
      int colon = l.indexOf(':');
      String field = colon < 0 ? l : l.substring(0, colon);
      String value = colon < 0 ? "" : l.substring(colon + 1);
      if (value.startsWith(" ")) {
        value = value.substring(1);
      }
      switch (field) {
        case "data" -> {
          if (data == null) {
            data = new StringBuilder();
          } else {
            data.append('\n');
          }
          data.append(value);
        }
        case "event" -> event = value;
        case "id" -> {
          if (value.indexOf('\0') < 0) {
            id = value;
          }
        }
        case "retry" -> {
          if (!value.isEmpty()
              && value.chars().allMatch(Character::isDigit)
              && value.length() < 10) {
            retryMillis = Long.parseLong(value);
          }
        }
        default -> {
          // unknown fields are ignored
        }
      }
    }
  }

  private String readLine() throws IOException {
    line.reset();
    while (true) {
      int b = in.read();
      if (b < 0) {
        return line.size() == 0 ? null : decode();
      }
      if (skipLf) {
        skipLf = false;
        if (b == '\n') {
          continue;
        }
      }
      if (b == '\n') {
        return decode();
      }
      if (b == '\r') {
        skipLf = true;
        return decode();
      }
      if (line.size() >= maxEventBytes) {
        throw tooLarge();
      }
      line.write(b);
    }
  }

  private String decode() {
    String s = line.toString(StandardCharsets.UTF_8);
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  private McpTransportException tooLarge() {
    return new McpTransportException(
        "event from "
            + source
            + " exceeds the "
            + Limits.describe(maxEventBytes)
            + " limit; raise maxResponseBytes if the server really sends that much",
        null);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
