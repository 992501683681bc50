package io.cakewalk.mistral.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.mistral.MistralApiException;
import org.junit.jupiter.api.Test;

class ErrorBodiesTest {

  @Test
  void documentedShape() {
    MistralApiException e =
        ErrorBodies.toException(
            400,
            """
            {"object":"error","message":"Invalid model","type":"invalid_request_error","param":"model","code":"unknown_model"}""",
            "c1");
    assertThat(e.type()).isEqualTo("invalid_request_error");
    assertThat(e.code()).isEqualTo("unknown_model");
    assertThat(e.param()).isEqualTo("model");
    assertThat(e.message()).isEqualTo("Invalid model");
    assertThat(e.correlationId()).isEqualTo("c1");
    assertThat(e.getMessage())
        .isEqualTo(
            "Mistral API answered 400 (invalid_request_error/unknown_model): Invalid model [request id c1]");
  }

  @Test
  void numericCode() {
    MistralApiException e =
        ErrorBodies.toException(
            429,
            """
            {"object":"error","message":"Rate limit exceeded","type":"rate_limited","param":null,"code":1300,"raw_status_code":429}""",
            null);
    assertThat(e.code()).isEqualTo("1300");
    assertThat(e.param()).isNull();
    assertThat(e.retryable()).isTrue();
  }

  @Test
  void fastApiDetailList() {
    MistralApiException e =
        ErrorBodies.toException(
            422,
            """
            {"detail":[{"type":"extra_forbidden","loc":["body","store"],"msg":"Extra inputs are not permitted","input":false}]}""",
            null);
    assertThat(e.message()).isEqualTo("body.store: Extra inputs are not permitted");
    assertThat(e.code()).isEqualTo("extra_forbidden");
  }

  @Test
  void wrappedDetailList() {
    MistralApiException e =
        ErrorBodies.toException(
            422,
            """
            {"object":"error","message":{"detail":[{"type":"missing","loc":["body","tools",0,"function","parameters"],"msg":"Field required"}]},"type":"invalid_request_error","param":null,"code":null}""",
            null);
    assertThat(e.message()).isEqualTo("body.tools.0.function.parameters: Field required");
    assertThat(e.type()).isEqualTo("invalid_request_error");
    assertThat(e.code()).isEqualTo("missing");
  }

  @Test
  void bareDetailAndBareMessageWithRequestId() {
    assertThat(ErrorBodies.toException(401, "{\"detail\":\"Unauthorized\"}", null).message())
        .isEqualTo("Unauthorized");
    MistralApiException e =
        ErrorBodies.toException(401, "{\"message\":\"Unauthorized\",\"request_id\":\"r-9\"}", null);
    assertThat(e.message()).isEqualTo("Unauthorized");
    assertThat(e.correlationId()).isEqualTo("r-9");
  }

  @Test
  void unparseableBodyKeepsStatusAndText() {
    MistralApiException e = ErrorBodies.toException(502, "<html>Bad Gateway</html>\nmore", null);
    assertThat(e.statusCode()).isEqualTo(502);
    assertThat(e.message()).isEqualTo("<html>Bad Gateway</html>");
    assertThat(e.body()).contains("more");
    MistralApiException empty = ErrorBodies.toException(503, "", null);
    assertThat(empty.getMessage()).isEqualTo("Mistral API answered 503: server error; retry later");
  }

  @Test
  void longBodiesAreTruncated() {
    MistralApiException e = ErrorBodies.toException(500, "x".repeat(10_000), null);
    assertThat(e.body()).hasSizeLessThan(2100).endsWith("(truncated)");
  }
}
