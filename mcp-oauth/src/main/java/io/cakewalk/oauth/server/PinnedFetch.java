package io.cakewalk.oauth.server;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * A single HTTP/1.1 {@code GET} sent to addresses the caller has already checked, never to a fresh
 * DNS answer, so a name that rebinds between the check and the connection cannot redirect it.
 *
 * <p>For https the connection is wrapped in TLS with SNI and {@code HTTPS} endpoint identification,
 * so the certificate must name the URL's host exactly as {@code java.net.http.HttpClient} demands.
 * Redirects are not followed; the head is bounded; only a 2xx body is read, by {@code
 * Content-Length}, chunked coding or until close, and cut off at the caller's limit. Reads time out
 * after the read timeout and the whole exchange after the deadline (the socket is closed then).
 * Framing errors are {@link ProtocolException}s, timeouts {@link SocketTimeoutException}s and TLS
 * failures {@code SSLException}s.
 */
final class PinnedFetch {

  private static final int MAX_HEAD_BYTES = 16 * 1024;
  private static final int MAX_HEADERS = 100;
  private static final int MAX_INTERIM_RESPONSES = 5;
  private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.[01] (\\d{3})(?: .*)?");
  private static final Pattern CHUNK_SIZE = Pattern.compile("[0-9A-Fa-f]{1,7}");
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final ScheduledThreadPoolExecutor DEADLINES = deadlines();

  private final SSLSocketFactory tls;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration deadline;

  /** An answer: status, headers by case-insensitive name (repeats joined by comma) and body. */
  record Response(int status, Map<String, String> headers, byte[] body) {

    /** The header's value, or an empty string when absent. */
    String header(String name) {
      return headers.getOrDefault(name, "");
    }
  }

  PinnedFetch(
      SSLSocketFactory tls, Duration connectTimeout, Duration readTimeout, Duration deadline) {
    this.tls = tls;
    this.connectTimeout = connectTimeout;
    this.readTimeout = readTimeout;
    this.deadline = deadline;
  }

  /** A fetch with the JDK's default trust store and five-second connect and read timeouts. */
  static PinnedFetch standard() {
    return new PinnedFetch(
        (SSLSocketFactory) SSLSocketFactory.getDefault(),
        Duration.ofSeconds(5),
        Duration.ofSeconds(5),
        Duration.ofSeconds(10));
  }

  /**
   * Fetches {@code url} from the first of {@code addresses} that accepts a connection, reading at
   * most {@code limit} body bytes.
   */
  Response get(URI url, List<InetAddress> addresses, int limit) throws IOException {
    boolean https = "https".equals(url.getScheme());
    String host = url.getHost();
    int port = url.getPort() != -1 ? url.getPort() : https ? 443 : 80;
    String target = target(url);
    String hostHeader = url.getPort() == -1 ? host : host + ":" + port;
    long end = System.nanoTime() + deadline.toNanos();
    Socket socket = connect(addresses, port, end);
    AtomicBoolean expired = new AtomicBoolean();
    ScheduledFuture<?> watchdog =
        DEADLINES.schedule(
            () -> {
              expired.set(true);
              closeQuietly(socket);
            },
            remainingMillis(end),
            TimeUnit.MILLISECONDS);
    Socket channel = socket;
    try {
      socket.setSoTimeout((int) readTimeout.toMillis());
      if (https) {
        channel = secure(socket, unbracketed(host), port);
      }
      OutputStream out = channel.getOutputStream();
      out.write(request(target, hostHeader).getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = new BufferedInputStream(channel.getInputStream());
      Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      int status = head(in, headers);
      byte[] body = status / 100 == 2 ? body(in, headers, limit) : new byte[0];
      return new Response(status, Collections.unmodifiableMap(headers), body);
    } catch (IOException e) {
      if (expired.get() || System.nanoTime() - end >= 0) {
        throw new SocketTimeoutException("deadline passed");
      }
      throw e;
    } finally {
      watchdog.cancel(false);
      closeQuietly(channel);
      closeQuietly(socket);
    }
  }

  private Socket connect(List<InetAddress> addresses, int port, long end) throws IOException {
    IOException failure = new IOException("no address to connect to");
    for (InetAddress address : addresses) {
      long left = remainingMillis(end);
      if (left <= 0) {
        throw new SocketTimeoutException("deadline passed while connecting");
      }
      Socket socket = new Socket();
      try {
        socket.connect(
            new InetSocketAddress(address, port), (int) Math.min(connectTimeout.toMillis(), left));
        return socket;
      } catch (IOException e) {
        closeQuietly(socket);
        failure = e;
      }
    }
    throw failure;
  }

  private SSLSocket secure(Socket socket, String host, int port) throws IOException {
    SSLSocket ssl = (SSLSocket) tls.createSocket(socket, host, port, true);
    SSLParameters parameters = ssl.getSSLParameters();
    parameters.setEndpointIdentificationAlgorithm("HTTPS");
    if (!host.contains(":") && !IPV4.matcher(host).matches()) {
      try {
        parameters.setServerNames(List.of(new SNIHostName(host)));
      } catch (IllegalArgumentException e) {
        // Not a valid SNI name (e.g. a trailing dot): send none; the certificate is still checked.
      }
    }
    ssl.setSSLParameters(parameters);
    ssl.startHandshake();
    return ssl;
  }

  /** The request target: the raw path and query, ASCII-only and free of controls and spaces. */
  private static String target(URI url) throws IOException {
    URI ascii = URI.create(url.toASCIIString());
    String target =
        ascii.getRawQuery() == null
            ? ascii.getRawPath()
            : ascii.getRawPath() + "?" + ascii.getRawQuery();
    if (!printable(target) || !printable(url.getHost())) {
      throw new ProtocolException("URL cannot be sent as an HTTP/1.1 request");
    }
    return target;
  }

  private static String request(String target, String host) {
    return "GET "
        + target
        + " HTTP/1.1\r\nHost: "
        + host
        + "\r\nAccept: application/json\r\nUser-Agent: cakewalk-oauth"
        + "\r\nConnection: close\r\n\r\n";
  }

  /** Reads status line and headers, skipping up to a few interim (1xx) answers. */
  private static int head(InputStream in, Map<String, String> headers) throws IOException {
    int budget = MAX_HEAD_BYTES;
    for (int interim = 0; ; interim++) {
      String statusLine = line(in, budget);
      budget -= statusLine.length() + 2;
      Matcher m = STATUS_LINE.matcher(statusLine);
      if (!m.matches()) {
        throw new ProtocolException("malformed status line");
      }
      int status = Integer.parseInt(m.group(1));
      headers.clear();
      for (int count = 0; ; count++) {
        String line = line(in, budget);
        budget -= line.length() + 2;
        if (line.isEmpty()) {
          break;
        }
        int colon = line.indexOf(':');
        if (count >= MAX_HEADERS || colon <= 0 || line.charAt(0) == ' ' || line.charAt(0) == '\t') {
          throw new ProtocolException("malformed or too many header fields");
        }
        String value = line.substring(colon + 1).strip();
        headers.merge(line.substring(0, colon), value, (a, b) -> a + ", " + b);
      }
      if (status / 100 != 1 || status == 101) {
        return status;
      }
      if (interim >= MAX_INTERIM_RESPONSES) {
        throw new ProtocolException("too many interim responses");
      }
    }
  }

  private static byte[] body(InputStream in, Map<String, String> headers, int limit)
      throws IOException {
    String coding = headers.get("Transfer-Encoding");
    if (coding != null) {
      return coding.toLowerCase(Locale.ROOT).endsWith("chunked")
          ? chunked(in, limit)
          : in.readNBytes(limit);
    }
    String length = headers.get("Content-Length");
    if (length == null) {
      return in.readNBytes(limit);
    }
    if (!length.matches("\\d{1,18}")) {
      throw new ProtocolException("malformed Content-Length");
    }
    int wanted = (int) Math.min(Long.parseLong(length), limit);
    byte[] body = in.readNBytes(wanted);
    if (body.length < wanted) {
      throw new EOFException("body shorter than its Content-Length");
    }
    return body;
  }

  /** Decodes chunked coding (RFC 9112 §7.1) up to {@code limit} bytes; trailers are ignored. */
  private static byte[] chunked(InputStream in, int limit) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (body.size() < limit) {
      String line = line(in, 1024);
      int semicolon = line.indexOf(';');
      String size = (semicolon < 0 ? line : line.substring(0, semicolon)).strip();
      if (!CHUNK_SIZE.matcher(size).matches()) {
        throw new ProtocolException("malformed chunk size");
      }
      int chunk = Integer.parseInt(size, 16);
      if (chunk == 0) {
        break;
      }
      int wanted = Math.min(chunk, limit - body.size());
      byte[] data = in.readNBytes(wanted);
      if (data.length < wanted) {
        throw new EOFException("chunk cut short");
      }
      body.write(data);
      if (wanted == chunk && !line(in, 2).isEmpty()) {
        throw new ProtocolException("chunk not followed by CRLF");
      }
    }
    return body.toByteArray();
  }

  /** One line without its CRLF (or bare LF), at most {@code max} bytes, as ISO-8859-1. */
  private static String line(InputStream in, int max) throws IOException {
    StringBuilder line = new StringBuilder();
    while (true) {
      int b = in.read();
      if (b == -1) {
        throw new EOFException("connection closed mid-line");
      }
      if (b == '\n') {
        int last = line.length() - 1;
        return last >= 0 && line.charAt(last) == '\r' ? line.substring(0, last) : line.toString();
      }
      if (line.length() >= max) {
        throw new ProtocolException("line too long");
      }
      line.append((char) b);
    }
  }

  private static boolean printable(String s) {
    return s != null && !s.isEmpty() && s.chars().allMatch(c -> c > 0x20 && c < 0x7f);
  }

  private static String unbracketed(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  private static long remainingMillis(long end) {
    return TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // Closing is best effort: the exchange is over either way.
    }
  }

  private static ScheduledThreadPoolExecutor deadlines() {
    ScheduledThreadPoolExecutor executor =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread thread = new Thread(task, "cakewalk-fetch-deadline");
              thread.setDaemon(true);
              return thread;
            });
    executor.setRemoveOnCancelPolicy(true);
    executor.setKeepAliveTime(10, TimeUnit.SECONDS);
    executor.allowCoreThreadTimeOut(true);
    return executor;
  }
}
