package io.cakewalk.mcp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cakewalk.mcp.internal.MessageCodec.MalformedMessageException;
import io.cakewalk.mcp.jsonrpc.JsonRpcError;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage.ErrorResponse;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage.Notification;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage.Request;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage.Response;
import io.cakewalk.mcp.jsonrpc.RequestId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageCodecTest {

  @Test
  void readsRequestsWithNumberAndStringIds() {
    assertThat(MessageCodec.parse("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"ping\"}"))
        .isEqualTo(new Request(RequestId.of(7), "ping", null));
    assertThat(
            MessageCodec.parse(
                "{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"method\":\"tools/list\",\"params\":{\"cursor\":\"c\"}}"))
        .isEqualTo(new Request(RequestId.of("a"), "tools/list", Map.of("cursor", "c")));
  }

  @Test
  void readsNotificationsResponsesAndErrors() {
    assertThat(MessageCodec.parse("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"))
        .isInstanceOf(Notification.class);
    assertThat(MessageCodec.parse("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"x\":[1,true]}}"))
        .isEqualTo(new Response(RequestId.of(1), Map.of("x", java.util.List.of(1, true))));
    JsonRpcMessage error =
        MessageCodec.parse(
            "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32022,\"message\":\"no\","
                + "\"data\":{\"supported\":[\"2025-11-25\"]}}}");
    assertThat(error).isInstanceOf(ErrorResponse.class);
    ErrorResponse e = (ErrorResponse) error;
    assertThat(e.id()).isNull();
    assertThat(e.error().isModernEraError()).isTrue();
    assertThat(e.error().data()).isEqualTo(Map.of("supported", java.util.List.of("2025-11-25")));
  }

  @Test
  void rejectsTextThatIsNotJsonWithParseError() {
    assertThatThrownBy(() -> MessageCodec.parse("<html>oops</html>"))
        .isInstanceOfSatisfying(
            MalformedMessageException.class,
            e -> assertThat(e.error().code()).isEqualTo(JsonRpcError.PARSE_ERROR));
  }

  @Test
  void rejectsBatchesAndWrongVersionsAsInvalidRequests() {
    assertThatThrownBy(() -> MessageCodec.parse("[{\"jsonrpc\":\"2.0\",\"method\":\"x\"}]"))
        .isInstanceOfSatisfying(
            MalformedMessageException.class,
            e -> assertThat(e.error().code()).isEqualTo(JsonRpcError.INVALID_REQUEST));
    assertThatThrownBy(() -> MessageCodec.parse("{\"jsonrpc\":\"1.0\",\"id\":3,\"method\":\"x\"}"))
        .isInstanceOfSatisfying(
            MalformedMessageException.class,
            e -> {
              assertThat(e.error().code()).isEqualTo(JsonRpcError.INVALID_REQUEST);
              assertThat(e.id()).isEqualTo(RequestId.of(3));
            });
    assertThatThrownBy(() -> MessageCodec.parse("{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"x\"}"))
        .isInstanceOf(MalformedMessageException.class);
  }

  @Test
  void parsesBatchesWhenAsked() {
    assertThat(
            MessageCodec.parseBatch(
                "[{\"jsonrpc\":\"2.0\",\"method\":\"a\"},{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"b\"}]"))
        .hasSize(2);
  }

  @Test
  void writesCompactSingleLineJson() {
    String text = MessageCodec.write(new ErrorResponse(null, JsonRpcError.methodNotFound("nope")));

    assertThat(text)
        .isEqualTo(
            "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32601,\"message\":\"Method not found: nope\"}}");
    assertThat(MessageCodec.write(new Notification("n", null)))
        .isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"n\"}");
  }

  @Test
  void roundTripsEveryMessageKind() {
    for (JsonRpcMessage m :
        java.util.List.of(
            new Request(RequestId.of("r-1"), "tools/call", Map.of("name", "t")),
            new Notification("notifications/progress", Map.of("progress", 5)),
            new Response(RequestId.of(9), Map.of("ok", true)),
            new ErrorResponse(RequestId.of(2), new JsonRpcError(-1, "app", "detail")))) {
      assertThat(MessageCodec.parse(MessageCodec.write(m))).isEqualTo(m);
    }
  }
}
