package io.cakewalk.mistral;

/**
 * What the HTTP layer learned about one successful response: status, request id and rate limits.
 *
 * @param statusCode HTTP status
 * @param requestId {@code mistral-correlation-id} (or {@code x-request-id}), or {@code null}
 * @param rateLimits parsed rate-limit headers, never {@code null}
 * @param attempts how many HTTP attempts it took (1 without retries)
 */
public record ResponseInfo(int statusCode, String requestId, RateLimits rateLimits, int attempts) {

  public ResponseInfo {
    if (rateLimits == null) {
      rateLimits = RateLimits.NONE;
    }
  }
}
