package io.cakewalk.mistral.internal;

import io.cakewalk.mistral.RateLimits;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Parses rate-limit headers; a missing or malformed header is simply absent. */
final class Headers {

  private Headers() {}

  static RateLimits rateLimits(HttpHeaders h) {
    return new RateLimits(
        number(h, "x-ratelimit-limit-req-minute"),
        number(h, "x-ratelimit-remaining-req-minute"),
        number(h, "x-ratelimit-limit-tokens-minute"),
        number(h, "x-ratelimit-remaining-tokens-minute"),
        number(h, "x-ratelimit-tokens-query-cost"),
        number(h, "x-ratelimit-limit-tokens-month"),
        number(h, "x-ratelimit-remaining-tokens-month"),
        h.firstValue("retry-after").map(Headers::retryAfter).orElse(null));
  }

  private static Long number(HttpHeaders h, String name) {
    return h.firstValue(name)
        .map(
            v -> {
              try {
                return Long.parseLong(v.strip());
              } catch (NumberFormatException e) {
                return null;
              }
            })
        .orElse(null);
  }

  /** {@code Retry-After}: delay-seconds (possibly fractional) or an HTTP-date. */
  static Duration retryAfter(String value) {
    String v = value.strip();
    try {
      double seconds = Double.parseDouble(v);
      return seconds < 0 ? null : Duration.ofMillis((long) (seconds * 1000));
    } catch (NumberFormatException e) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException ignored) {
        return null;
      }
    }
  }
}
