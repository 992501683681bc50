package io.cakewalk.mcp.server;

import io.cakewalk.mcp.internal.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A tiny raw HTTP client for tests: exact headers, exact bodies, nothing clever. */
final class Wire {

  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  record Reply(int status, Map<String, String> headers, String body) {
    Map<String, Object> json() {
      return Json.object(body);
    }

    String header(String name) {
      return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
  }

  private Wire() {}

  static Reply post(URI uri, String body, String... headers) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(20))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    boolean hasAccept = false;
    boolean hasType = false;
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
      hasAccept |= headers[i].equalsIgnoreCase("Accept");
      hasType |= headers[i].equalsIgnoreCase("Content-Type");
    }
    if (!hasAccept) {
      b.header("Accept", "application/json, text/event-stream");
    }
    if (!hasType) {
      b.header("Content-Type", "application/json");
    }
    return send(b.build());
  }

  static Reply send(HttpRequest request) throws Exception {
    HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    Map<String, String> h = new LinkedHashMap<>();
    r.headers().map().forEach((k, v) -> h.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
    return new Reply(r.statusCode(), h, r.body());
  }

  /** Sends a request with a raw socket (for headers java.net.http refuses to set, like Host). */
  static int rawStatus(int port, String requestText) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(requestText.getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      StringBuilder line = new StringBuilder();
      int c;
      while ((c = in.read()) != -1 && c != '\n') {
        line.append((char) c);
      }
      return Integer.parseInt(line.toString().split(" ")[1]);
    }
  }
}
