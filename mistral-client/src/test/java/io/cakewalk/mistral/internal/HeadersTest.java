package io.cakewalk.mistral.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.mistral.RateLimits;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeadersTest {

  @Test
  void parsesEveryRateLimitHeader() {
    HttpHeaders h =
        HttpHeaders.of(
            Map.of(
                "x-ratelimit-limit-req-minute", List.of("60"),
                "x-ratelimit-remaining-req-minute", List.of("59"),
                "x-ratelimit-limit-tokens-minute", List.of("500000"),
                "x-ratelimit-remaining-tokens-minute", List.of("499000"),
                "x-ratelimit-tokens-query-cost", List.of("1000"),
                "x-ratelimit-limit-tokens-month", List.of("1000000000"),
                "x-ratelimit-remaining-tokens-month", List.of(" 999 "),
                "retry-after", List.of("2.5")),
            (a, b) -> true);
    RateLimits r = Headers.rateLimits(h);
    assertThat(r)
        .isEqualTo(
            new RateLimits(
                60L, 59L, 500000L, 499000L, 1000L, 1000000000L, 999L, Duration.ofMillis(2500)));
  }

  @Test
  void missingOrMalformedHeadersAreAbsent() {
    HttpHeaders h =
        HttpHeaders.of(
            Map.of("x-ratelimit-limit-req-minute", List.of("many"), "retry-after", List.of("soon")),
            (a, b) -> true);
    assertThat(Headers.rateLimits(h)).isEqualTo(RateLimits.NONE);
  }

  @Test
  void retryAfterHttpDateInThePastIsZero() {
    assertThat(Headers.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ZERO);
  }

  @Test
  void backoffGrowsAndRespectsCap() {
    HttpTransport.Retry retry =
        new HttpTransport.Retry(3, Duration.ofMillis(500), Duration.ofSeconds(1));
    assertThat(HttpTransport.delay(1, RateLimits.NONE, retry))
        .isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
    assertThat(HttpTransport.delay(3, RateLimits.NONE, retry))
        .isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
    RateLimits wait =
        new RateLimits(null, null, null, null, null, null, null, Duration.ofSeconds(30));
    assertThat(HttpTransport.delay(1, wait, retry)).isEqualTo(Duration.ofSeconds(1));
  }
}
