package io.cakewalk.mcp.server;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs MRTR {@code requestState} values with HMAC-SHA256 under a per-process random key, because
 * the client carries them and is untrusted (2026-07-28 "basic/patterns/mrtr").
 */
final class RequestStateSigner {

  private static final Base64.Encoder ENC = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DEC = Base64.getUrlDecoder();

  private final SecretKeySpec key;

  RequestStateSigner() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    this.key = new SecretKeySpec(bytes, "HmacSHA256");
  }

  String sign(String state) {
    byte[] payload = state.getBytes(StandardCharsets.UTF_8);
    return ENC.encodeToString(payload) + "." + ENC.encodeToString(mac(payload));
  }

  /** The original state, or {@code null} when the token was forged or altered. */
  String verify(String token) {
    int dot = token.indexOf('.');
    if (dot < 0) {
      return null;
    }
    try {
      byte[] payload = DEC.decode(token.substring(0, dot));
      byte[] given = DEC.decode(token.substring(dot + 1));
      return MessageDigest.isEqual(given, mac(payload))
          ? new String(payload, StandardCharsets.UTF_8)
          : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private byte[] mac(byte[] payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(payload);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
