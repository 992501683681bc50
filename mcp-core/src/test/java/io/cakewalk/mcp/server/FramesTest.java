package io.cakewalk.mcp.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.mcp.internal.Json;
import io.cakewalk.mcp.jsonrpc.RequestId;
import io.cakewalk.mcp.schema.CallToolResult;
import io.cakewalk.mcp.schema.Content;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FramesTest {

  /** What the shared mapper writes for the whole response, member order included. */
  private static String viaMapper(RequestId id, Object result) {
    Map<String, Object> frame = new LinkedHashMap<>();
    frame.put("jsonrpc", "2.0");
    frame.put("id", id == null ? null : id.value());
    frame.put("result", result);
    String text = Json.write(frame);
    return id == null
        ? text.replace("\"jsonrpc\":\"2.0\"", "\"jsonrpc\":\"2.0\",\"id\":null")
        : text;
  }

  private static String frame(RequestId id, Object result) {
    return new String(Frames.result(id, result), StandardCharsets.UTF_8);
  }

  @Test
  void plainTextResultsAreWrittenExactlyAsTheMapperWould() {
    List<CallToolResult> results =
        List.of(
            CallToolResult.text("42.0"),
            CallToolResult.error("bad \"input\"\n\u00e9\u2603 </script>"),
            new CallToolResult(
                List.of(new Content.Text("a"), new Content.Text("b")), null, false, null),
            new CallToolResult(List.of(), null, null, null));
    for (CallToolResult r : results) {
      assertThat(frame(RequestId.of(7), r)).isEqualTo(viaMapper(RequestId.of(7), r));
      assertThat(frame(RequestId.of("x\"y"), r)).isEqualTo(viaMapper(RequestId.of("x\"y"), r));
    }
  }

  @Test
  void otherResultsStillGoThroughTheMapper() {
    List<Object> results =
        List.of(
            new CallToolResult(List.of(new Content.Text("t")), Map.of("sum", 42), null, null),
            new CallToolResult(List.of(new Content.Text("t")), null, null, Map.of("trace", "abc")),
            new CallToolResult(
                List.of(new Content.Image("aGk=", "image/png", null, null)), null, null, null),
            Map.of("tools", List.of()));
    for (Object r : results) {
      assertThat(frame(RequestId.of(-3), r)).isEqualTo(viaMapper(RequestId.of(-3), r));
    }
  }

  @Test
  void aMissingIdIsWrittenAsNull() {
    assertThat(frame(null, Map.of())).isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":null,\"result\":{}}");
  }
}
