package io.cakewalk.mcp.server;

import static io.cakewalk.mcp.server.RawConnection.INIT;
import static io.cakewalk.mcp.server.RawConnection.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.mcp.schema.CallToolResult;
import io.cakewalk.mcp.schema.Implementation;
import io.cakewalk.mcp.schema.Tool;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The standalone runner's HTTP/1.1 framing, on raw sockets. */
class Http1ServerTest {

  private McpServer server;
  private RunningServer running;
  private int port;

  @BeforeEach
  void start() throws Exception {
    server =
        McpServer.builder(new Implementation("http1", "1.0.0"))
            .tool(
                Tool.builder("echo", Map.of("type", "object")).build(),
                (args, ctx) -> CallToolResult.text(String.valueOf(args.get("text"))))
            .build();
    McpHttpHandler handler = McpHttpHandler.builder(server).maxRequestBytes(1024).build();
    running =
        RunningServer.start(handler, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    port = running.port();
  }

  @AfterEach
  void stop() {
    running.close();
    server.close();
  }

  private static String init(int id) {
    return INIT.replace("\"id\":1", "\"id\":" + id);
  }

  private static String call(String session, int id, String text) {
    return post(
        "{\"jsonrpc\":\"2.0\",\"id\":"
            + id
            + ",\"method\":\"tools/call\",\"params\":{\"name\":\"echo\",\"arguments\":{\"text\":\""
            + text
            + "\"}}}",
        "Mcp-Session-Id: " + session);
  }

  @Test
  void keepAliveServesASessionOnOneSocket() throws Exception {
    try (RawConnection c = new RawConnection(port)) {
      RawConnection.Reply init = c.send(post(INIT)).read();
      assertThat(init.status()).isEqualTo(200);
      assertThat(init.header("Date")).endsWith(" GMT");
      assertThat(init.header("Connection")).isNull();
      String session = init.header("Mcp-Session-Id");
      String ack = "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";
      assertThat(c.send(post(ack, "Mcp-Session-Id: " + session)).read().status()).isEqualTo(202);
      for (int i = 0; i < 3; i++) {
        RawConnection.Reply r = c.send(call(session, 10 + i, "hi" + i)).read();
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("\"id\":" + (10 + i), "\"text\":\"hi" + i + "\"");
      }
    }
  }

  @Test
  void pipelinedRequestsAreAnsweredInOrder() throws Exception {
    try (RawConnection c = new RawConnection(port)) {
      c.send(post(init(1)) + "GET /nope HTTP/1.1\r\nHost: x\r\n\r\n" + post(init(3)));
      assertThat(c.read().body()).contains("\"id\":1,");
      assertThat(c.read().status()).isEqualTo(404);
      assertThat(c.read().body()).contains("\"id\":3,");
    }
  }

  @Test
  void chunkedRequestBodiesAreDecoded() throws Exception {
    String head =
        "POST /mcp HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            + "Accept: application/json, text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n";
    String a = INIT.substring(0, 20);
    String b = INIT.substring(20);
    String body =
        Integer.toHexString(a.length())
            + ";ext=1\r\n"
            + a
            + "\r\n"
            + Integer.toHexString(b.length())
            + "\r\n"
            + b
            + "\r\n0\r\nX-Trailer: t\r\n\r\n";
    try (RawConnection c = new RawConnection(port)) {
      RawConnection.Reply r = c.send(head + body).read();
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.body()).contains("\"protocolVersion\":\"2025-11-25\"");
      assertThat(c.send(post(init(2))).read().body()).contains("\"id\":2,");
    }
  }

  @Test
  void chunkedFramingIsStrictSoNoProxyCanDisagreeOnTheBodysEnd() throws Exception {
    String head =
        "POST /mcp HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            + "Accept: application/json, text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n";
    String size = Integer.toHexString(INIT.length());
    List<String> bodies =
        List.of(
            size + "\n" + INIT + "\r\n0\r\n\r\n", // bare LF after the size
            size + "\r\n" + INIT + "\n0\r\n\r\n", // bare LF after the data
            size + "\r\n" + INIT + "\r\n0\r\n\n", // bare LF ending the trailers
            "\u000b" + size + "\r\n" + INIT + "\r\n0\r\n\r\n", // control before the size
            size + ";a\u0000b\r\n" + INIT + "\r\n0\r\n\r\n", // NUL in an extension
            size + "x\r\n" + INIT + "\r\n0\r\n\r\n", // junk after the size
            size + "\r\n" + INIT + "\r\n0\r\nno-colon\r\n\r\n"); // trailer without a name
    for (String body : bodies) {
      try (RawConnection c = new RawConnection(port)) {
        assertThat(c.send(head + body).read().status()).as(body.substring(0, 8)).isEqualTo(400);
      }
    }
    try (RawConnection c = new RawConnection(port)) {
      String spaced = size + " \t;ext=1\r\n" + INIT + "\r\n0\r\n\r\n";
      assertThat(c.send(head + spaced).read().status()).isEqualTo(200);
    }
  }

  @Test
  void expectContinueGetsAnInterimResponseBeforeTheBody() throws Exception {
    String request = post(INIT, "Expect: 100-continue");
    int split = request.indexOf("\r\n\r\n") + 4;
    try (RawConnection c = new RawConnection(port)) {
      RawConnection.Reply interim = c.send(request.substring(0, split)).head();
      assertThat(interim.statusLine()).isEqualTo("HTTP/1.1 100 Continue");
      RawConnection.Reply r = c.send(request.substring(split)).read();
      assertThat(r.status()).isEqualTo(200);
      assertThat(c.send(post(init(2))).read().status()).isEqualTo(200);
    }
  }

  @Test
  void http10ClosesUnlessKeepAliveIsAsked() throws Exception {
    String plain = post(INIT).replace(" HTTP/1.1\r\n", " HTTP/1.0\r\n");
    try (RawConnection c = new RawConnection(port)) {
      RawConnection.Reply r = c.send(plain).read();
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.header("Connection")).isEqualTo("close");
      assertThat(c.closedByServer()).isTrue();
    }
    String keep = plain.replace("HTTP/1.0\r\n", "HTTP/1.0\r\nConnection: keep-alive\r\n");
    try (RawConnection c = new RawConnection(port)) {
      RawConnection.Reply r = c.send(keep).read();
      assertThat(r.header("Connection")).isEqualTo("keep-alive");
      assertThat(c.send(keep).read().status()).isEqualTo(200);
    }
  }

  @Test
  void connectionCloseIsHonoured() throws Exception {
    try (RawConnection c = new RawConnection(port)) {
      RawConnection.Reply r = c.send(post(INIT, "Connection: close")).read();
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.header("Connection")).isEqualTo("close");
      assertThat(c.closedByServer()).isTrue();
    }
  }

  @Test
  void malformedHeadsGet400AndAClose() throws Exception {
    String[] bad = {
      "GET /mcp\r\nHost: x\r\n\r\n",
      "GET  /mcp HTTP/1.1\r\nHost: x\r\n\r\n",
      "GET /mcp HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n  folded\r\n\r\n",
      "GET /mcp HTTP/1.1\r\nHost: x\r\nBad Name: 1\r\n\r\n",
      "GET /mcp HTTP/1.1\r\nHost : x\r\n\r\n",
      "GET /mcp HTTP/1.1\r\n\r\n",
      "POST /mcp HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n",
      "POST /mcp HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n",
      "POST /mcp HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n",
      "POST /mcp HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
          + "Accept: application/json, text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
          + "zz\r\n",
    };
    for (String request : bad) {
      try (RawConnection c = new RawConnection(port)) {
        RawConnection.Reply r = c.send(request).read();
        assertThat(r.status()).as(request).isEqualTo(400);
        assertThat(r.header("Connection")).as(request).isEqualTo("close");
        assertThat(c.closedByServer()).as(request).isTrue();
      }
    }
    try (RawConnection c = new RawConnection(port)) {
      assertThat(c.send("GET /mcp HTTP/2.0\r\nHost: x\r\n\r\n").read().status()).isEqualTo(505);
    }
  }

  @Test
  void oversizedHeadsGet431() throws Exception {
    String big = "GET /mcp HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(70_000) + "\r\n\r\n";
    StringBuilder many = new StringBuilder("GET /mcp HTTP/1.1\r\nHost: x\r\n");
    for (int i = 0; i < 101; i++) {
      many.append("X-").append(i).append(": v\r\n");
    }
    for (String request : new String[] {big, many.append("\r\n").toString()}) {
      try (RawConnection c = new RawConnection(port)) {
        assertThat(c.send(request).read().status()).isEqualTo(431);
        assertThat(c.closedByServer()).isTrue();
      }
    }
  }

  @Test
  void oversizedBodiesGet413AndTheConnectionStaysUsable() throws Exception {
    String huge =
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"x\":\"" + "y".repeat(5000) + "\"}";
    String chunked =
        "POST /mcp HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            + "Accept: application/json, text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
            + Integer.toHexString(huge.length())
            + "\r\n"
            + huge
            + "\r\n0\r\n\r\n";
    try (RawConnection c = new RawConnection(port)) {
      assertThat(c.send(post(huge)).read().status()).isEqualTo(413);
      assertThat(c.send(post(init(2))).read().body()).contains("\"id\":2,");
      assertThat(c.send(chunked).read().status()).isEqualTo(413);
      assertThat(c.send(post(init(3))).read().body()).contains("\"id\":3,");
    }
  }

  @Test
  void oversizedBodyAnnouncedWithExpectContinueIsRefusedWithoutWaitingForIt() throws Exception {
    String request = post("x".repeat(5000), "Expect: 100-continue");
    try (RawConnection c = new RawConnection(port)) {
      RawConnection.Reply r = c.send(request.substring(0, request.indexOf("\r\n\r\n") + 4)).read();
      assertThat(r.status()).isEqualTo(413);
      assertThat(r.header("Connection")).isEqualTo("close");
    }
  }

  @Test
  void onlyTheMcpPathIsServed() throws Exception {
    try (RawConnection c = new RawConnection(port)) {
      assertThat(c.send(post(INIT).replace("/mcp ", "/other ")).read().status()).isEqualTo(404);
      assertThat(c.send(post(INIT).replace("/mcp ", "/mcp/x ")).read().status()).isEqualTo(404);
      assertThat(c.send(post(INIT).replace("/mcp ", "/mcp?x=1 ")).read().status()).isEqualTo(200);
      String absolute = post(INIT).replace("/mcp ", "http://127.0.0.1:" + port + "/mcp ");
      assertThat(c.send(absolute).read().status()).isEqualTo(200);
      // The authority of an absolute-form target replaces the Host header (RFC 9112 3.2.2).
      String foreign = post(INIT).replace("/mcp ", "http://evil.example.com/mcp ");
      assertThat(c.send(foreign).read().status()).isEqualTo(403);
    }
  }
}
