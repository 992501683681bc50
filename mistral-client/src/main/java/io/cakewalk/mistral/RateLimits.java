package io.cakewalk.mistral;

import java.time.Duration;

/**
 * Rate-limit headers of one response ({@code x-ratelimit-*}, {@code Retry-After}); every part is
 * {@code null} when its header was missing or malformed.
 *
 * @param limitRequestsMinute {@code x-ratelimit-limit-req-minute}
 * @param remainingRequestsMinute {@code x-ratelimit-remaining-req-minute}
 * @param limitTokensMinute {@code x-ratelimit-limit-tokens-minute}
 * @param remainingTokensMinute {@code x-ratelimit-remaining-tokens-minute}
 * @param tokensQueryCost {@code x-ratelimit-tokens-query-cost}
 * @param limitTokensMonth {@code x-ratelimit-limit-tokens-month}
 * @param remainingTokensMonth {@code x-ratelimit-remaining-tokens-month}
 * @param retryAfter {@code Retry-After}
 */
public record RateLimits(
    Long limitRequestsMinute,
    Long remainingRequestsMinute,
    Long limitTokensMinute,
    Long remainingTokensMinute,
    Long tokensQueryCost,
    Long limitTokensMonth,
    Long remainingTokensMonth,
    Duration retryAfter) {

  /** No rate-limit information. */
  public static final RateLimits NONE =
      new RateLimits(null, null, null, null, null, null, null, null);
}
