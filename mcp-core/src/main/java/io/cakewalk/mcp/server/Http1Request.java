package io.cakewalk.mcp.server;

import java.io.IOException;
import java.util.Locale;

/**
 * The head of one HTTP/1.x request as {@link Http1Input} parsed it (RFC 9112 sections 3 and 5):
 * method, target, minor version and the header fields in arrival order. Framing has been checked:
 * {@link #contentLength} is {@code -1} for a chunked body and {@code 0} when there is none.
 */
final class Http1Request {

  final String method;
  final String target;
  final int minorVersion;
  private final String[] fields;
  private final int count;
  final long contentLength;
  final boolean chunked;

  Http1Request(String method, String target, int minorVersion, String[] fields, int count)
      throws Malformed {
    this.method = method;
    this.target = target;
    this.minorVersion = minorVersion;
    this.fields = fields;
    this.count = count;
    String te = joined("Transfer-Encoding");
    String cl = joined("Content-Length");
    if (te != null) {
      if (cl != null) {
        // RFC 9112 section 6.3: both together are a request-smuggling pattern.
        throw new Malformed(400, "both Transfer-Encoding and Content-Length");
      }
      if (minorVersion == 0) {
        throw new Malformed(400, "Transfer-Encoding in an HTTP/1.0 request");
      }
      if (!te.trim().equalsIgnoreCase("chunked")) {
        throw new Malformed(501, "unsupported Transfer-Encoding: use chunked");
      }
      this.chunked = true;
      this.contentLength = -1;
    } else {
      this.chunked = false;
      this.contentLength = cl == null ? 0 : contentLength(cl);
    }
    if (minorVersion == 1 && count("Host") != 1) {
      throw new Malformed(400, "an HTTP/1.1 request needs exactly one Host header");
    }
  }

  /** The first value of a header (name compared case-insensitively), or {@code null}. */
  String header(String name) {
    for (int i = 0; i < count; i += 2) {
      if (fields[i].equalsIgnoreCase(name)) {
        return fields[i + 1];
      }
    }
    return null;
  }

  /** Whether the {@code Connection} header lists {@code token}. */
  boolean connectionHas(String token) {
    for (int i = 0; i < count; i += 2) {
      if (fields[i].equalsIgnoreCase("Connection")) {
        for (String t : fields[i + 1].split(",")) {
          if (t.trim().equalsIgnoreCase(token)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether the connection may carry another request after this one's response. */
  boolean keepAlive() {
    return minorVersion == 1 ? !connectionHas("close") : connectionHas("keep-alive");
  }

  /** Whether the client waits for {@code 100 Continue} before sending the body. */
  boolean expectsContinue() throws Malformed {
    String expect = header("Expect");
    if (expect == null) {
      return false;
    }
    if (!expect.trim().equalsIgnoreCase("100-continue")) {
      throw new Malformed(417, "unsupported expectation: " + expect.trim());
    }
    return minorVersion == 1 && (chunked || contentLength > 0);
  }

  /** The path without query, for origin-form and absolute-form targets (RFC 9112 3.2). */
  String path() {
    String t = target;
    int start = authorityStart();
    if (start > 0) {
      int slash = t.indexOf('/', start);
      t = slash < 0 ? "/" : t.substring(slash);
    }
    int q = t.indexOf('?');
    return q < 0 ? t : t.substring(0, q);
  }

  /**
   * The host the request is for: the authority of an absolute-form target, which replaces the
   * {@code Host} header (RFC 9112 3.2.2), otherwise the {@code Host} header.
   */
  String host() {
    int start = authorityStart();
    if (start < 0) {
      return header("Host");
    }
    int end = start;
    while (end < target.length() && "/?#".indexOf(target.charAt(end)) < 0) {
      end++;
    }
    String authority = target.substring(start, end);
    return authority.substring(authority.lastIndexOf('@') + 1);
  }

  /** Where the authority of an absolute-form target starts, or -1 for other forms. */
  private int authorityStart() {
    String lower = target.length() > 8 ? target.substring(0, 8).toLowerCase(Locale.ROOT) : "";
    return lower.startsWith("http://") ? 7 : lower.startsWith("https://") ? 8 : -1;
  }

  private int count(String name) {
    int n = 0;
    for (int i = 0; i < count; i += 2) {
      if (fields[i].equalsIgnoreCase(name)) {
        n++;
      }
    }
    return n;
  }

  /** All values of a header joined with commas, or {@code null}. */
  private String joined(String name) {
    String all = null;
    for (int i = 0; i < count; i += 2) {
      if (fields[i].equalsIgnoreCase(name)) {
        all = all == null ? fields[i + 1] : all + "," + fields[i + 1];
      }
    }
    return all;
  }

  /** Content-Length = 1*DIGIT; a list of identical values is one value (RFC 9110 8.6). */
  private static long contentLength(String value) throws Malformed {
    long result = -1;
    for (String part : value.split(",", -1)) {
      String v = part.trim();
      if (v.isEmpty() || v.length() > 18) {
        throw new Malformed(400, "invalid Content-Length");
      }
      long n = 0;
      for (int i = 0; i < v.length(); i++) {
        char c = v.charAt(i);
        if (c < '0' || c > '9') {
          throw new Malformed(400, "invalid Content-Length");
        }
        n = n * 10 + (c - '0');
      }
      if (result >= 0 && n != result) {
        throw new Malformed(400, "conflicting Content-Length values");
      }
      result = n;
    }
    return result;
  }

  /** A request the server refuses with {@code status} and then closes the connection. */
  static final class Malformed extends IOException {
    private static final long serialVersionUID = 1L;
    final int status;

    Malformed(int status, String message) {
      super(message);
      this.status = status;
    }
  }
}
