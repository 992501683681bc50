package io.cakewalk.benchmarks;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One MCP client on one keep-alive HTTP/1.1 connection, written on raw sockets so that the load
 * generator costs as little CPU as possible and treats every server alike. Reads JSON and SSE
 * responses, with Content-Length or chunked bodies.
 */
final class RawClient implements AutoCloseable {

  private final String host;
  private final int port;
  private final String path;
  private Socket socket;
  private OutputStream out;
  private InputStream in;
  private String session;
  private long nextId = 1;

  /** A response: status, session header and body text. */
  record Reply(int status, String session, String body) {}

  RawClient(int port, String path) {
    this.host = "localhost";
    this.port = port;
    this.path = path;
  }

  /** Opens the connection and runs the 2025-11-25 initialize handshake. */
  void connect() throws IOException {
    open();
    Reply init =
        post(
            "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\","
                + "\"capabilities\":{},\"clientInfo\":{\"name\":\"cakewalk-bench\",\"version\":\"1\"}}}");
    if (init.status() != 200 || init.session() == null) {
      throw new IOException("initialize failed: HTTP " + init.status() + " " + init.body());
    }
    session = init.session();
    Reply ack = post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
    if (ack.status() / 100 != 2) {
      throw new IOException("initialized notification failed: HTTP " + ack.status());
    }
  }

  /** Calls a tool and returns the response body; fails on anything but a result. */
  String callTool(String name, String argumentsJson) throws IOException {
    long id = nextId++;
    Reply r =
        post(
            "{\"jsonrpc\":\"2.0\",\"id\":"
                + id
                + ",\"method\":\"tools/call\",\"params\":{\"name\":\""
                + name
                + "\",\"arguments\":"
                + argumentsJson
                + "}}");
    if (r.status() != 200
        || !r.body().contains("\"result\"")
        || r.body().contains("\"isError\":true")) {
      throw new IOException("tools/call failed: HTTP " + r.status() + " " + r.body());
    }
    return r.body();
  }

  /** Ends the session with DELETE (best effort). */
  void delete() {
    try {
      send("DELETE", null);
      read();
    } catch (IOException ignored) {
      // the benchmark is over anyway
    }
  }

  private void open() throws IOException {
    socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.setSoTimeout(30_000);
    socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
    out = socket.getOutputStream();
    in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
  }

  Reply post(String json) throws IOException {
    send("POST", json.getBytes(StandardCharsets.UTF_8));
    return read();
  }

  private void send(String method, byte[] body) throws IOException {
    StringBuilder h = new StringBuilder(256);
    h.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
    h.append("Host: ").append(host).append(':').append(port).append("\r\n");
    h.append("Accept: application/json, text/event-stream\r\n");
    if (session != null) {
      h.append("Mcp-Session-Id: ").append(session).append("\r\n");
      h.append("MCP-Protocol-Version: 2025-11-25\r\n");
    }
    if (body != null) {
      h.append("Content-Type: application/json\r\nContent-Length: ")
          .append(body.length)
          .append("\r\n");
    }
    h.append("\r\n");
    out.write(h.toString().getBytes(StandardCharsets.ISO_8859_1));
    if (body != null) {
      out.write(body);
    }
    out.flush();
  }

  private Reply read() throws IOException {
    String status = line();
    if (status == null) {
      throw new IOException("connection closed");
    }
    int code = Integer.parseInt(status.split(" ")[1]);
    long length = -1;
    boolean chunked = false;
    boolean close = false;
    String sessionHeader = null;
    for (String line = line(); line != null && !line.isEmpty(); line = line()) {
      int colon = line.indexOf(':');
      String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).trim();
      switch (name) {
        case "content-length" -> length = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
        case "connection" -> close = value.equalsIgnoreCase("close");
        case "mcp-session-id" -> sessionHeader = value;
        default -> {}
      }
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (chunked) {
      for (long size = Long.parseLong(line().split(";")[0].trim(), 16);
          size > 0;
          size = Long.parseLong(line().split(";")[0].trim(), 16)) {
        body.write(in.readNBytes((int) size));
        line();
      }
      for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
        // skip trailers
      }
    } else if (length >= 0) {
      body.write(in.readNBytes((int) length));
    } else if (code != 202 && code != 204 && code != 304) {
      body.write(in.readAllBytes());
      close = true;
    }
    if (close) {
      socket.close();
      open();
    }
    return new Reply(code, sessionHeader, body.toString(StandardCharsets.UTF_8));
  }

  private String line() throws IOException {
    StringBuilder sb = new StringBuilder(64);
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
  public void close() {
    try {
      if (socket != null) {
        socket.close();
      }
    } catch (IOException ignored) {
      // closing anyway
    }
  }
}
