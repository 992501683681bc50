package io.cakewalk.oauth.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Random identifiers and secrets, their SHA-256 fingerprints for storage, and constant-time
 * comparison: the module's one place for them. Every value the authorization server hands out
 * (client secrets, codes, tokens) carries 256 random bits, so a plain SHA-256 is enough to store
 * it: a slow password hash only matters for guessable inputs.
 */
public final class Secrets {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private Secrets() {}

  /** {@code bytes} random bytes, base64url without padding. */
  public static String random(int bytes) {
    byte[] buffer = new byte[bytes];
    RANDOM.nextBytes(buffer);
    return B64.encodeToString(buffer);
  }

  /** A 256-bit random value with a readable prefix, for example {@code at_…}. */
  public static String token(String prefix) {
    return prefix + random(32);
  }

  /** SHA-256 of the UTF-8 text, base64url without padding. */
  public static String sha256(String text) {
    return B64.encodeToString(digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** SHA-256 of bytes. */
  public static byte[] digest(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JDK has SHA-256", e);
    }
  }

  /** Compares two strings in time independent of where they differ; {@code null} equals nothing. */
  public static boolean equal(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
