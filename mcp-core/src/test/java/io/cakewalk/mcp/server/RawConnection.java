package io.cakewalk.mcp.server;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One raw client socket for wire-level tests: exact bytes out, responses parsed strictly. */
final class RawConnection implements AutoCloseable {

  static final String INIT =
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
          + "\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}";

  /** A response; {@code chunks} holds the chunk sizes of a chunked body. */
  record Reply(
      String statusLine,
      int status,
      Map<String, String> headers,
      String body,
      List<Integer> chunks) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;

  RawConnection(int port) throws IOException {
    this(port, 0);
  }

  /** A connection whose receive buffer is {@code receiveBuffer} bytes (0: the system default). */
  RawConnection(int port, int receiveBuffer) throws IOException {
    socket = new Socket();
    if (receiveBuffer > 0) {
      socket.setReceiveBufferSize(receiveBuffer);
    }
    socket.connect(new java.net.InetSocketAddress("127.0.0.1", port));
    socket.setSoTimeout(20_000);
    out = socket.getOutputStream();
    in = new BufferedInputStream(socket.getInputStream());
  }

  /** A POST of {@code json} to {@code /mcp} with the usual MCP headers and {@code extra} lines. */
  static String post(String json, String... extra) {
    StringBuilder sb =
        new StringBuilder("POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            .append("Content-Type: application/json\r\n")
            .append("Accept: application/json, text/event-stream\r\n");
    for (String line : extra) {
      sb.append(line).append("\r\n");
    }
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    return sb.append("Content-Length: ")
        .append(body.length)
        .append("\r\n\r\n")
        .append(json)
        .toString();
  }

  RawConnection send(String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
    return this;
  }

  /** Reads a status line and header block (for streamed or interim responses). */
  Reply head() throws IOException {
    String statusLine = line();
    if (statusLine == null) {
      throw new IOException("connection closed before a response");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (String l = line(); l != null && !l.isEmpty(); l = line()) {
      int colon = l.indexOf(':');
      headers.putIfAbsent(
          l.substring(0, colon).toLowerCase(Locale.ROOT), l.substring(colon + 1).trim());
    }
    return new Reply(
        statusLine, Integer.parseInt(statusLine.split(" ")[1]), headers, "", List.of());
  }

  /** Reads a whole response: by Content-Length, chunked, or up to the close. */
  Reply read() throws IOException {
    Reply head = head();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    List<Integer> chunks = new ArrayList<>();
    String length = head.header("Content-Length");
    if ("chunked".equalsIgnoreCase(head.header("Transfer-Encoding"))) {
      for (String chunk = nextChunk(); chunk != null; chunk = nextChunk()) {
        chunks.add(chunk.getBytes(StandardCharsets.UTF_8).length);
        body.writeBytes(chunk.getBytes(StandardCharsets.UTF_8));
      }
    } else if (length != null) {
      body.writeBytes(in.readNBytes(Integer.parseInt(length)));
    } else {
      body.writeBytes(in.readAllBytes());
    }
    return new Reply(
        head.statusLine(),
        head.status(),
        head.headers(),
        body.toString(StandardCharsets.UTF_8),
        chunks);
  }

  /** Reads one chunk of a chunked body; {@code null} for the last chunk (trailers skipped). */
  String nextChunk() throws IOException {
    String sizeLine = line();
    if (sizeLine == null) {
      throw new IOException("connection closed inside a chunked body");
    }
    int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
    if (size == 0) {
      for (String l = line(); l != null && !l.isEmpty(); l = line()) {
        // trailers
      }
      return null;
    }
    String data = new String(in.readNBytes(size), StandardCharsets.UTF_8);
    if (!"".equals(line())) {
      throw new IOException("chunk not followed by CRLF");
    }
    return data;
  }

  /** Whether the server closed the connection (end of stream, or a reset after close). */
  boolean closedByServer() throws IOException {
    try {
      return in.read() == -1;
    } catch (java.net.SocketException e) {
      return true;
    }
  }

  /** Reads until the server closes the connection; the number of bytes that arrived. */
  long readToEnd() throws IOException {
    long total = 0;
    byte[] sink = new byte[8192];
    try {
      for (int n = in.read(sink); n >= 0; n = in.read(sink)) {
        total += n;
      }
    } catch (java.net.SocketException e) {
      // reset after close
    }
    return total;
  }

  private String line() throws IOException {
    StringBuilder sb = new StringBuilder();
    int c;
    while ((c = in.read()) != -1) {
      if (c == '\n') {
        int n = sb.length();
        return n > 0 && sb.charAt(n - 1) == '\r' ? sb.substring(0, n - 1) : sb.toString();
      }
      sb.append((char) c);
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
