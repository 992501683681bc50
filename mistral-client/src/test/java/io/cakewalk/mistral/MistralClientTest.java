package io.cakewalk.mistral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cakewalk.mistral.chat.ChatMessage;
import io.cakewalk.mistral.chat.ChatRequest;
import io.cakewalk.mistral.chat.ChatResponse;
import io.cakewalk.mistral.chat.FinishReason;
import io.cakewalk.mistral.fake.Completions;
import io.cakewalk.mistral.fake.FakeMistral;
import io.cakewalk.mistral.fake.Reply;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MistralClientTest {

  private final FakeMistral fake = FakeMistral.start();
  private final MistralClient client = fake.client();

  @AfterEach
  void stop() {
    fake.close();
  }

  private static ChatRequest hello() {
    return ChatRequest.builder("mistral-small-latest", List.of(ChatMessage.user("Hi"))).build();
  }

  @Test
  void chatReturnsAnswerWithRequestIdAndRateLimits() {
    fake.enqueueChat(
        Reply.ok(Completions.text("Hello!"))
            .header("mistral-correlation-id", "corr-42")
            .header("x-ratelimit-remaining-req-minute", "59")
            .header("x-ratelimit-limit-tokens-minute", "oops"));

    ChatResponse r = client.chat(hello());

    assertThat(r.text()).isEqualTo("Hello!");
    assertThat(r.finishReason()).isEqualTo(FinishReason.STOP);
    assertThat(r.usage().totalTokens()).isEqualTo(15);
    assertThat(r.info().requestId()).isEqualTo("corr-42");
    assertThat(r.info().rateLimits().remainingRequestsMinute()).isEqualTo(59L);
    assertThat(r.info().rateLimits().limitTokensMinute()).isNull();
    assertThat(r.info().attempts()).isEqualTo(1);
    assertThat(fake.chatRequests().get(0).json())
        .containsOnlyKeys("model", "messages")
        .containsEntry("messages", List.of(Map.of("role", "user", "content", "Hi")));
  }

  @Test
  void retries429HonouringRetryAfter() {
    fake.enqueueChat(
        Reply.json(
                429,
                "{\"object\":\"error\",\"message\":\"Rate limit exceeded\",\"type\":\"rate_limited\",\"param\":null,\"code\":\"1300\"}")
            .header("Retry-After", "1"),
        Reply.ok(Completions.text("after wait")));
    long start = System.nanoTime();

    ChatResponse r = client.chat(hello());

    assertThat(r.text()).isEqualTo("after wait");
    assertThat(r.info().attempts()).isEqualTo(2);
    // Retry-After: 1 must beat the 10 ms backoff configured for the fake.
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(900));
  }

  @Test
  void retries5xxThenSucceeds() {
    fake.enqueueChat(
        Reply.json(503, "upstream unavailable"),
        Reply.json(502, "{\"message\":\"bad gateway\"}"),
        Reply.ok(Completions.text("ok")));

    assertThat(client.chat(hello()).info().attempts()).isEqualTo(3);
  }

  @Test
  void givesUpAfterMaxRetriesWithStatusAndCorrelationId() {
    for (int i = 0; i < 4; i++) {
      fake.enqueueChat(
          Reply.json(
                  500,
                  "{\"object\":\"error\",\"message\":\"boom\",\"type\":\"server_error\",\"param\":null,\"code\":null}")
              .header("mistral-correlation-id", "corr-500"));
    }

    assertThatThrownBy(() -> client.chat(hello()))
        .isInstanceOfSatisfying(
            MistralApiException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(500);
              assertThat(e.type()).isEqualTo("server_error");
              assertThat(e.message()).isEqualTo("boom");
              assertThat(e.correlationId()).isEqualTo("corr-500");
              assertThat(e.retryable()).isTrue();
            });
    assertThat(fake.chatRequests()).hasSize(4);
  }

  @Test
  void neverRetriesClientErrors() {
    fake.enqueueChat(
        Reply.json(
            404,
            "{\"object\":\"error\",\"message\":\"Invalid model: nope\",\"type\":\"invalid_request_error\",\"param\":null,\"code\":\"1500\"}"));

    assertThatThrownBy(() -> client.chat(hello()))
        .isInstanceOf(MistralApiException.class)
        .hasMessageContaining("404")
        .hasMessageContaining("Invalid model: nope");
    assertThat(fake.chatRequests()).hasSize(1);
  }

  @Test
  void wrongKeyIs401AndNeverShowsTheKey() {
    String secret = "sk-wrong-secret-value";
    MistralClient wrong =
        MistralClient.builder().apiKey(new ApiKey(secret)).baseUrl(fake.uri()).build();

    assertThatThrownBy(() -> wrong.chat(hello()))
        .isInstanceOfSatisfying(
            MistralApiException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(401);
              assertThat(e.message()).isEqualTo("Unauthorized");
              assertThat(e.getMessage() + e.body()).doesNotContain(secret);
            });
  }

  @Test
  void unreachableServerIsATransportError() {
    fake.close();
    assertThatThrownBy(() -> client.chat(hello()))
        .isInstanceOf(MistralTransportException.class)
        .hasMessageContaining("Could not reach Mistral");
  }

  @Test
  void builderReadsKeyAndBaseUrlFromEnvironment() {
    Map<String, String> env =
        Map.of("MISTRAL_API_KEY", FakeMistral.KEY, "MISTRAL_BASE_URL", fake.uri() + "/v1");
    MistralClient fromEnv = MistralClient.builder().environment(env::get).build();
    fake.enqueueChat(Reply.ok(Completions.text("env")));

    assertThat(fromEnv.chat(hello()).text()).isEqualTo("env");
    assertThat(fake.chatRequests().get(0).path()).isEqualTo("/v1/chat/completions");
  }

  @Test
  void builderWithoutKeySaysWhatToDo() {
    assertThatThrownBy(() -> MistralClient.builder().environment(k -> null).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("MISTRAL_API_KEY");
    assertThat(
            MistralClient.builder()
                .environment(Map.of("MISTRAL_API_KEY", "k")::get)
                .build()
                .baseUrl())
        .isEqualTo(URI.create("https://api.mistral.ai"));
  }

  @Test
  void apiKeyIsRedactedAndComparedByValue() {
    ApiKey key = new ApiKey("sk-secret");
    assertThat(key.toString()).doesNotContain("sk-secret");
    assertThat(key).isEqualTo(new ApiKey("sk-secret")).isNotEqualTo(new ApiKey("sk-other"));
    assertThat(key.bearer()).isEqualTo("Bearer sk-secret");
  }
}
