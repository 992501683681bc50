package io.cakewalk.oauth.id;

import io.cakewalk.oauth.internal.Secrets;

/**
 * The {@code state} parameter binding an authorization response to its request (RFC 6749 §10.12).
 * {@link #random()} yields 256 random bits.
 */
public record State(String value) {

  public State {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("state must not be empty");
    }
  }

  /** A fresh, unguessable state. */
  public static State random() {
    return new State(Secrets.random(32));
  }

  @Override
  public String toString() {
    return value;
  }
}
