package io.cakewalk.oauth.id;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * An authorization server's issuer identifier (RFC 8414 §2): an {@code http(s)} URL without query
 * or fragment. Compared exactly as sent, byte for byte (RFC 8414 §3.3, RFC 9207 §2.4).
 *
 * @param value the identifier exactly as published
 */
public record Issuer(String value) {

  public Issuer {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("issuer must not be empty");
    }
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("issuer is not a valid URL: " + value, e);
    }
    String scheme = uri.getScheme();
    if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme)) {
      throw new IllegalArgumentException("issuer must be an https URL: " + value);
    }
    if (uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "issuer must have a host and no query or fragment: " + value);
    }
  }

  /** The issuer as a URI. */
  public URI uri() {
    return URI.create(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
