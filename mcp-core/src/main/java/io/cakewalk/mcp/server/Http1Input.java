package io.cakewalk.mcp.server;

import io.cakewalk.mcp.server.Http1Request.Malformed;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The buffered input side of one connection: parses request heads strictly (RFC 9112 sections 2 to
 * 5, with size limits and a deadline) and reads bodies, so pipelined requests stay in the buffer
 * for the next round.
 */
final class Http1Input {

  static final int MAX_HEAD = 64 * 1024;
  static final int MAX_FIELDS = 100;
  static final int MAX_REQUEST_LINE = 8 * 1024;

  private final Socket socket;
  private final InputStream in;
  private byte[] buf = new byte[8192];
  private int pos;
  private int lim;
  private int timeout = -1;
  private long deadline;

  Http1Input(Socket socket) throws IOException {
    this.socket = socket;
    this.in = socket.getInputStream();
  }

  /**
   * Reads the next request head: waits up to {@code idleMillis} for its first byte, then up to
   * {@code headMillis} for the rest. Returns {@code null} when the peer closed or stayed idle.
   */
  Http1Request readHead(int idleMillis, int headMillis) throws IOException {
    deadline = 0;
    if (pos == lim) {
      soTimeout(idleMillis);
      try {
        if (fill() < 0) {
          return null;
        }
      } catch (SocketTimeoutException e) {
        return null;
      }
    }
    deadline = System.nanoTime() + headMillis * 1_000_000L;
    try {
      return parseHead();
    } catch (SocketTimeoutException e) {
      throw new Malformed(408, "request head not received in time");
    } finally {
      deadline = 0;
    }
  }

  private Http1Request parseHead() throws IOException {
    int used = 0;
    int end = line(MAX_REQUEST_LINE, 414);
    // RFC 9112 2.2: ignore at least one empty line before the request line.
    for (int blank = 0; end == pos && blank < 4; blank++) {
      used += skipEol();
      end = line(MAX_REQUEST_LINE, 414);
    }
    used += end - pos;
    String[] start = requestLine(end);
    pos = end;
    used += skipEol();
    String[] fields = new String[16];
    int count = 0;
    while (true) {
      end = line(MAX_HEAD - used, 431);
      if (end == pos) {
        skipEol();
        break;
      }
      if (count == MAX_FIELDS * 2) {
        throw new Malformed(431, "more than " + MAX_FIELDS + " header fields");
      }
      used += end - pos;
      if (count == fields.length) {
        fields = Arrays.copyOf(fields, count * 2);
      }
      field(end, fields, count);
      count += 2;
      pos = end;
      used += skipEol();
    }
    int minor = start[2].charAt(7) - '0';
    return new Http1Request(start[0], start[1], minor, fields, count);
  }

  /** {@code method SP request-target SP HTTP-version}; returns the three parts. */
  private String[] requestLine(int end) throws Malformed {
    int sp1 = indexOf(pos, end, (byte) ' ');
    int sp2 = sp1 < 0 ? -1 : indexOf(sp1 + 1, end, (byte) ' ');
    if (sp1 <= pos || sp2 <= sp1 + 1 || end - sp2 - 1 != 8) {
      throw new Malformed(400, "malformed request line");
    }
    for (int i = pos; i < sp1; i++) {
      if (!tchar(buf[i])) {
        throw new Malformed(400, "malformed request method");
      }
    }
    for (int i = sp1 + 1; i < sp2; i++) {
      if (buf[i] <= ' ' || buf[i] == 0x7f) {
        throw new Malformed(400, "malformed request target");
      }
    }
    String version = ascii(sp2 + 1, end);
    if (!version.startsWith("HTTP/") || !Character.isDigit(version.charAt(5))) {
      throw new Malformed(400, "malformed HTTP version");
    }
    if (!version.startsWith("HTTP/1.") || (version.charAt(7) != '0' && version.charAt(7) != '1')) {
      throw new Malformed(505, "only HTTP/1.0 and HTTP/1.1 are supported");
    }
    return new String[] {ascii(pos, sp1), ascii(sp1 + 1, sp2), version};
  }

  /** {@code field-name ":" OWS field-value OWS}; obs-fold and stray controls are refused. */
  private void field(int end, String[] fields, int at) throws Malformed {
    int colon = indexOf(pos, end, (byte) ':');
    if (colon <= pos) {
      throw new Malformed(400, colon == pos ? "empty header name" : "malformed header line");
    }
    for (int i = pos; i < colon; i++) {
      if (!tchar(buf[i])) {
        throw new Malformed(400, "malformed header name (or obsolete line folding)");
      }
    }
    int from = colon + 1;
    int to = end;
    while (from < to && (buf[from] == ' ' || buf[from] == '\t')) {
      from++;
    }
    while (to > from && (buf[to - 1] == ' ' || buf[to - 1] == '\t')) {
      to--;
    }
    for (int i = from; i < to; i++) {
      int c = buf[i] & 0xff;
      if ((c < ' ' && c != '\t') || c == 0x7f) {
        throw new Malformed(400, "control character in a header value");
      }
    }
    fields[at] = ascii(pos, colon);
    fields[at + 1] = ascii(from, to);
  }

  /**
   * Makes sure a whole line starting at {@code pos} is buffered and returns the index of its end
   * (before CRLF or a bare LF, which RFC 9112 2.2 allows); a bare CR inside is refused.
   */
  private int line(int max, int tooLong) throws IOException {
    int scanned = pos;
    while (true) {
      for (int i = scanned; i < lim; i++) {
        if (buf[i] == '\n') {
          int end = i > pos && buf[i - 1] == '\r' ? i - 1 : i;
          if (end - pos > max) {
            throw new Malformed(tooLong, "request head too large");
          }
          if (indexOf(pos, end, (byte) '\r') >= 0) {
            throw new Malformed(400, "bare CR in request head");
          }
          return end;
        }
      }
      if (lim - pos > max + 1) {
        throw new Malformed(tooLong, "request head too large");
      }
      scanned = lim - pos;
      if (fill() < 0) {
        throw new Malformed(400, "connection closed inside the request head");
      }
      scanned += pos;
    }
  }

  private int skipEol() {
    int n = buf[pos] == '\r' ? 2 : 1;
    pos += n;
    return n;
  }

  /** Reads more bytes into the buffer (compacting or growing it); -1 at end of stream. */
  private int fill() throws IOException {
    if (pos > 0 && pos == lim) {
      pos = 0;
      lim = 0;
    }
    if (lim == buf.length) {
      if (pos > 0) {
        System.arraycopy(buf, pos, buf, 0, lim - pos);
        lim -= pos;
        pos = 0;
      } else {
        buf = Arrays.copyOf(buf, buf.length * 2);
      }
    }
    if (deadline != 0) {
      long left = (deadline - System.nanoTime()) / 1_000_000L;
      if (left <= 0) {
        throw new SocketTimeoutException("request head deadline");
      }
      soTimeout((int) Math.min(left, Integer.MAX_VALUE));
    }
    int n = in.read(buf, lim, buf.length - lim);
    if (n > 0) {
      lim += n;
    }
    return n;
  }

  /** Sets the read timeout for body reads that follow. */
  void bodyTimeout(int millis) throws IOException {
    soTimeout(millis);
  }

  private void soTimeout(int millis) throws IOException {
    if (millis != timeout) {
      socket.setSoTimeout(millis);
      timeout = millis;
    }
  }

  /** Reads up to {@code len} body bytes (buffered ones first); -1 at end of stream. */
  int read(byte[] b, int off, int len) throws IOException {
    if (pos == lim) {
      if (len >= buf.length) {
        return in.read(b, off, len);
      }
      if (fill() < 0) {
        return -1;
      }
    }
    int n = Math.min(len, lim - pos);
    System.arraycopy(buf, pos, b, off, n);
    pos += n;
    return n;
  }

  /**
   * Reads one line of at most {@code max} bytes for chunked framing, without the line end. Unlike
   * the head, chunked framing must end lines with CRLF and carry no control characters (RFC 9112
   * 7.1): leniency here is what lets a proxy and this server disagree on where a request ends.
   */
  String chunkLine(int max) throws IOException {
    int end = line(max, 400);
    if (end >= lim || buf[end] != '\r') {
      throw new Malformed(400, "chunked framing needs CRLF line ends");
    }
    for (int i = pos; i < end; i++) {
      if ((buf[i] < 0x20 && buf[i] != '\t') || buf[i] == 0x7f) {
        throw new Malformed(400, "control character in chunked framing");
      }
    }
    String s = ascii(pos, end);
    pos = end;
    skipEol();
    return s;
  }

  private int indexOf(int from, int to, byte b) {
    for (int i = from; i < to; i++) {
      if (buf[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private String ascii(int from, int to) {
    return new String(buf, from, to - from, StandardCharsets.ISO_8859_1);
  }

  /** {@code tchar} of RFC 9110 section 5.6.2. */
  static boolean tchar(byte b) {
    if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')) {
      return true;
    }
    return b > ' ' && b < 0x7f && "!#$%&'*+-.^_`|~".indexOf(b) >= 0;
  }
}
