package io.cakewalk.oauth.id;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The {@code state} parameter binding an authorization response to its request (RFC 6749 §10.12).
 * {@link #random()} yields 256 random bits.
 */
public record State(String value) {

  private static final SecureRandom RANDOM = new SecureRandom();

  public State {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("state must not be empty");
    }
  }

  /** A fresh, unguessable state. */
  public static State random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return new State(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  @Override
  public String toString() {
    return value;
  }
}
