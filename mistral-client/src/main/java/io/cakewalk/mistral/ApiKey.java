package io.cakewalk.mistral;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * A Mistral API key, sent as {@code Authorization: Bearer <key>}. It never prints: {@link
 * #toString()} is redacted and equality is checked in constant time.
 *
 * @param value the secret key
 */
public record ApiKey(String value) {

  /** The conventional environment variable. */
  public static final String ENV = "MISTRAL_API_KEY";

  public ApiKey {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("API key is empty: set " + ENV + " to your Mistral key");
    }
    value = value.strip();
  }

  /** The key from {@code MISTRAL_API_KEY}, if set and not blank. */
  public static Optional<ApiKey> fromEnvironment() {
    String v = System.getenv(ENV);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(new ApiKey(v));
  }

  /** The {@code Authorization} header value. */
  public String bearer() {
    return "Bearer " + value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ApiKey other
        && MessageDigest.isEqual(
            value.getBytes(StandardCharsets.UTF_8), other.value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public int hashCode() {
    return 0; // equal keys must hash equally; a constant avoids leaking anything about the value
  }

  @Override
  public String toString() {
    return "ApiKey[****]";
  }
}
