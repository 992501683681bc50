package io.cakewalk.oauth.server;

import java.net.URI;
import java.net.URISyntaxException;
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

  /**
   * The configured resource that {@code requested} names, or {@code null}. With a loopback {@code
   * http} issuer (a gateway on this machine) the spellings {@code localhost}, {@code 127.0.0.1} and
   * {@code [::1]} of the same port and path name the same resource, so a client that says {@code
   * localhost} gets tokens whose audience is the configured spelling; any other issuer matches
   * exactly (RFC 8707 §2).
   */
  String protectedResource(String requested) {
    if (resources.contains(requested)) {
      return requested;
    }
    if (!isLoopbackHttp(issuer)) {
      return null;
    }
    String wanted = loopbackForm(requested);
    if (wanted == null) {
      return null;
    }
    for (String resource : resources) {
      if (wanted.equals(loopbackForm(resource))) {
        return resource;
      }
    }
    return null;
  }

  /** Whether two resource spellings name the same configured resource. */
  boolean sameResource(String requested, String granted) {
    return granted.equals(protectedResource(requested));
  }

  private static boolean isLoopbackHttp(String uri) {
    return loopbackForm(uri) != null;
  }

  /** {@code uri} with its loopback host spelled {@code 127.0.0.1}, or {@code null}. */
  private static String loopbackForm(String uri) {
    URI u;
    try {
      u = new URI(uri);
    } catch (URISyntaxException e) {
      return null;
    }
    String host = u.getHost();
    if (!"http".equals(u.getScheme())
        || u.getRawUserInfo() != null
        || u.getRawFragment() != null
        || !("localhost".equals(host) || "127.0.0.1".equals(host) || "[::1]".equals(host))) {
      return null;
    }
    return "http://127.0.0.1"
        + (u.getPort() < 0 ? "" : ":" + u.getPort())
        + u.getRawPath()
        + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
  }

  /** The path part of the issuer ({@code ""} for a bare origin). */
  String issuerPath() {
    return URI.create(issuer).getRawPath();
  }

  /** Absolute URL of an endpoint path such as {@code /token}. */
  String endpoint(String path) {
    return issuer + path;
  }

  long now() {
    return clock.instant().getEpochSecond();
  }
}
