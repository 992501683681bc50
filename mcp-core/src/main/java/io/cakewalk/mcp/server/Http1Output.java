package io.cakewalk.mcp.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The output side of one connection (RFC 9112 sections 4 to 7): a whole response goes out in one
 * write; a streamed one is sent in chunks, one per flush, so SSE events arrive as they happen.
 */
final class Http1Output {

  private static final byte[] CONTINUE =
      "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
  private static final DateTimeFormatter IMF_FIXDATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
          .withZone(ZoneOffset.UTC);
  private static volatile Object[] date = {0L, ""};

  private static final int BUFFER = 4096;
  private static final int KEPT_BUFFER = 64 * 1024;
  private static final int WRITE_SLICE = 64 * 1024;

  private final OutputStream out;
  private byte[] buf = new byte[BUFFER];
  private int len;

  /** {@link System#nanoTime()} when the write under way started (odd), 0 when none is. */
  private volatile long writingSince;

  Http1Output(OutputStream out) {
    this.out = out;
  }

  /** Sends the interim {@code 100 Continue} response (RFC 9110 section 15.2.1). */
  synchronized void sendContinue() throws IOException {
    transmit(CONTINUE, CONTINUE.length);
  }

  /**
   * Sends a complete response: status line, headers, {@code Content-Length} and body (left out for
   * {@code HEAD}) in one write.
   */
  synchronized void respond(
      int status, Map<String, String> headers, byte[] body, Connection connection, boolean head)
      throws IOException {
    len = 0;
    head(status, headers, connection);
    // RFC 9110 8.6 and 6.4.1: no Content-Length and no content in 204 and 304 responses.
    boolean empty = status == 204 || status == 304;
    if (!empty) {
      ascii("Content-Length: ").ascii(Integer.toString(body.length)).ascii("\r\n");
    }
    ascii("\r\n");
    if (!head && !empty) {
      bytes(body, 0, body.length);
    }
    transmit(buf, len);
    if (buf.length > KEPT_BUFFER) {
      buf = new byte[BUFFER]; // an idle keep-alive connection holds no large buffer
    }
  }

  /**
   * Starts a streamed 200 response: chunked, or (for an HTTP/1.0 client, {@code chunked == false})
   * delimited by closing the connection. {@code onEnd} learns whether the body ended cleanly.
   */
  synchronized OutputStream stream(
      Map<String, String> headers, Connection connection, boolean chunked, Consumer<Boolean> onEnd)
      throws IOException {
    len = 0;
    head(200, headers, connection);
    ascii(chunked ? "Transfer-Encoding: chunked\r\n\r\n" : "\r\n");
    transmit(buf, len);
    return new Streamed(chunked, onEnd);
  }

  /** Sends a short plain-text error response. */
  void error(int status, String message, Connection connection) throws IOException {
    respond(
        status,
        Map.of("Content-Type", "text/plain; charset=utf-8"),
        (message + "\n").getBytes(StandardCharsets.UTF_8),
        connection,
        false);
  }

  /** What the response says about the connection. */
  enum Connection {
    /** HTTP/1.1 keep-alive: nothing to say. */
    PERSISTENT,
    /** HTTP/1.0 keep-alive, which must be announced. */
    KEEP_ALIVE,
    CLOSE
  }

  private void head(int status, Map<String, String> headers, Connection connection) {
    ascii("HTTP/1.1 ").ascii(Integer.toString(status)).ascii(" ").ascii(reason(status));
    ascii("\r\nDate: ").ascii(now()).ascii("\r\n");
    for (Map.Entry<String, String> h : headers.entrySet()) {
      field(h.getKey(), h.getValue());
    }
    if (connection == Connection.CLOSE) {
      ascii("Connection: close\r\n");
    } else if (connection == Connection.KEEP_ALIVE) {
      ascii("Connection: keep-alive\r\n");
    }
  }

  private void field(String name, String value) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c > 0x7f || !Http1Input.tchar((byte) c)) {
        throw new IllegalArgumentException("invalid response header name: " + name);
      }
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c > 0xff || (c < ' ' && c != '\t') || c == 0x7f) {
        throw new IllegalArgumentException("invalid character in response header " + name);
      }
    }
    ascii(name).ascii(": ").ascii(value).ascii("\r\n");
  }

  private Http1Output ascii(String s) {
    int n = s.length();
    ensure(n);
    for (int i = 0; i < n; i++) {
      buf[len++] = (byte) s.charAt(i); // ISO-8859-1 text, checked by field()
    }
    return this;
  }

  /** Whether a write has been blocked (the peer reads nothing) for longer than {@code nanos}. */
  boolean stalled(long now, long nanos) {
    long since = writingSince;
    return since != 0 && now - since > nanos;
  }

  /**
   * Writes to the socket in slices, so the watchdog measures a stall rather than a long transfer: a
   * peer that takes nothing for the idle timeout is closed, a slow one that keeps reading is not.
   */
  private void transmit(byte[] b, int n) throws IOException {
    try {
      for (int off = 0; off < n; off += WRITE_SLICE) {
        writingSince = System.nanoTime() | 1;
        out.write(b, off, Math.min(WRITE_SLICE, n - off));
      }
    } finally {
      writingSince = 0;
    }
  }

  private void bytes(byte[] b, int off, int n) {
    ensure(n);
    System.arraycopy(b, off, buf, len, n);
    len += n;
  }

  private void ensure(int more) {
    if (len + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
    }
  }

  /** The current time as an IMF-fixdate, formatted at most once a second. */
  private static String now() {
    long second = System.currentTimeMillis() / 1000;
    Object[] cached = date;
    if ((Long) cached[0] == second) {
      return (String) cached[1];
    }
    String text = IMF_FIXDATE.format(Instant.ofEpochSecond(second));
    date = new Object[] {second, text};
    return text;
  }

  static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 202 -> "Accepted";
      case 204 -> "No Content";
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 406 -> "Not Acceptable";
      case 408 -> "Request Timeout";
      case 409 -> "Conflict";
      case 413 -> "Content Too Large";
      case 414 -> "URI Too Long";
      case 415 -> "Unsupported Media Type";
      case 417 -> "Expectation Failed";
      case 431 -> "Request Header Fields Too Large";
      case 500 -> "Internal Server Error";
      case 501 -> "Not Implemented";
      case 503 -> "Service Unavailable";
      case 505 -> "HTTP Version Not Supported";
      default -> "Status " + status;
    };
  }

  /** A streamed body: each flush sends what is buffered as one chunk; close ends the body. */
  private final class Streamed extends OutputStream {
    private final boolean chunked;
    private final Consumer<Boolean> onEnd;
    private final byte[] pending = new byte[8192];
    private int count;
    private boolean ended;

    Streamed(boolean chunked, Consumer<Boolean> onEnd) {
      this.chunked = chunked;
      this.onEnd = onEnd;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int n) throws IOException {
      if (ended) {
        throw new IOException("response body already closed");
      }
      while (n > 0) {
        if (count == pending.length) {
          send(false);
        }
        int step = Math.min(n, pending.length - count);
        System.arraycopy(b, off, pending, count, step);
        count += step;
        off += step;
        n -= step;
      }
    }

    @Override
    public synchronized void flush() throws IOException {
      if (ended) {
        throw new IOException("response body already closed");
      }
      send(false);
    }

    @Override
    public synchronized void close() throws IOException {
      if (ended) {
        return;
      }
      try {
        send(true);
      } finally {
        ended = true;
      }
      onEnd.accept(Boolean.TRUE);
    }

    /** Writes the buffered bytes as one chunk, plus the last chunk when {@code last}. */
    private void send(boolean last) throws IOException {
      if (count == 0 && !(last && chunked)) {
        return;
      }
      IOException failure;
      synchronized (Http1Output.this) {
        len = 0;
        if (count > 0) {
          if (chunked) {
            ascii(Integer.toHexString(count)).ascii("\r\n");
          }
          bytes(pending, 0, count);
          if (chunked) {
            ascii("\r\n");
          }
        }
        if (last && chunked) {
          ascii("0\r\n\r\n");
        }
        count = 0;
        try {
          transmit(buf, len);
          return;
        } catch (IOException e) {
          failure = e;
        }
      }
      ended = true;
      onEnd.accept(Boolean.FALSE);
      throw failure;
    }
  }
}
