package io.cakewalk.oauth.server;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The authorization server's configuration, built by {@link AuthorizationServer.Builder}.
 *
 * @param issuer the issuer identifier: scheme, host, optional port and path, no trailing slash
 * @param scopes the scopes resources accept (without {@code offline_access})
 * @param defaultScopes granted when a request names no known scope (RFC 6749 §3.3)
 * @param resources canonical URIs of the protected resources tokens may be issued for
 * @param strictScopes refuse unknown scopes with {@code invalid_scope} instead of dropping them
 * @param codeTtl authorization code lifetime
 * @param accessTokenTtl access token lifetime
 * @param refreshTokenTtl refresh token lifetime
 * @param registrationsPerHour dynamic registrations allowed per source address and hour
 * @param clock the time source
 */
record Settings(
    String issuer,
    List<String> scopes,
    List<String> defaultScopes,
    List<String> resources,
    boolean strictScopes,
    Duration codeTtl,
    Duration accessTokenTtl,
    Duration refreshTokenTtl,
    int registrationsPerHour,
    Clock clock) {

  static final String OFFLINE_ACCESS = "offline_access";

  Settings {
    Objects.requireNonNull(issuer, "issuer");
    scopes = List.copyOf(scopes);
    defaultScopes = List.copyOf(defaultScopes);
    resources = List.copyOf(resources);
    if (resources.isEmpty()) {
      throw new IllegalArgumentException("configure at least one protected resource");
    }
  }

  /** The path part of the issuer ({@code ""} for a bare origin). */
  String issuerPath() {
    return java.net.URI.create(issuer).getRawPath();
  }

  /** Absolute URL of an endpoint path such as {@code /token}. */
  String endpoint(String path) {
    return issuer + path;
  }

  long now() {
    return clock.instant().getEpochSecond();
  }
}
