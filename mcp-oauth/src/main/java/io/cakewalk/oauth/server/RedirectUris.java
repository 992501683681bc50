package io.cakewalk.oauth.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Redirect URI rules (OAuth 2.1 §2.3.1, RFC 8252 §7.3 and §8.3): registered URIs are absolute
 * {@code https} URIs, or {@code http} to a loopback host; no fragment, no user info, no wildcard. A
 * requested URI matches a registered one only when the strings are identical, except that for
 * loopback {@code http} URIs the port is ignored (nothing else: {@code localhost} never matches
 * {@code 127.0.0.1}).
 */
final class RedirectUris {

  private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "[::1]", "localhost");

  private RedirectUris() {}

  /** Why {@code uri} cannot be registered, or empty when it can. */
  static Optional<String> problem(String uri) {
    URI parsed;
    try {
      parsed = new URI(uri);
    } catch (URISyntaxException e) {
      return Optional.of("redirect URI is not a valid URI");
    }
    if (!parsed.isAbsolute() || parsed.isOpaque() || parsed.getRawAuthority() == null) {
      return Optional.of("redirect URI must be absolute");
    }
    if (parsed.getRawFragment() != null || uri.contains("#")) {
      return Optional.of("redirect URI must not contain a fragment");
    }
    if (parsed.getRawUserInfo() != null || parsed.getHost() == null) {
      return Optional.of("redirect URI must name a host without user info");
    }
    if (uri.contains("*")) {
      return Optional.of("redirect URI must not contain wildcards");
    }
    String scheme = parsed.getScheme();
    if ("https".equals(scheme)) {
      return Optional.empty();
    }
    if ("http".equals(scheme) && isLoopback(parsed)) {
      return Optional.empty();
    }
    return Optional.of("redirect URI must use https, or http to 127.0.0.1, [::1] or localhost");
  }

  /** The registered URI that {@code requested} matches, if any. */
  static Optional<String> match(List<String> registered, String requested) {
    for (String candidate : registered) {
      if (matches(candidate, requested)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code requested} matches the registered URI. */
  static boolean matches(String registered, String requested) {
    if (registered.equals(requested)) {
      return true;
    }
    URI reg;
    URI req;
    try {
      reg = new URI(registered);
      req = new URI(requested);
    } catch (URISyntaxException e) {
      return false;
    }
    if (!"http".equals(reg.getScheme()) || !isLoopback(reg)) {
      return false;
    }
    return "http".equals(req.getScheme())
        && req.getRawUserInfo() == null
        && req.getRawFragment() == null
        && !requested.contains("#")
        && reg.getHost().equals(req.getHost())
        && reg.getRawPath().equals(req.getRawPath())
        && java.util.Objects.equals(reg.getRawQuery(), req.getRawQuery());
  }

  /** Whether every URI points at a loopback host (the consent page warns about these). */
  static boolean allLoopback(List<String> uris) {
    return uris.stream()
        .allMatch(
            u -> {
              try {
                return isLoopback(new URI(u));
              } catch (URISyntaxException e) {
                return false;
              }
            });
  }

  private static boolean isLoopback(URI uri) {
    return uri.getHost() != null && LOOPBACK_HOSTS.contains(uri.getHost());
  }
}
