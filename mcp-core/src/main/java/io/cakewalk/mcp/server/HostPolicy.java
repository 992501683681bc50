package io.cakewalk.mcp.server;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * DNS-rebinding protection: which {@code Host} and {@code Origin} values the endpoint accepts
 * (2025-11-25 "Transports", Security Warning). Defaults allow loopback names on any port.
 */
final class HostPolicy {

  static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

  private final Set<String> hosts;
  private final Set<String> origins;

  /**
   * @param hosts allowed host names (no port), lower case; empty allows any
   * @param origins allowed origins ({@code scheme://host}, any port), lower case; empty means the
   *     loopback defaults
   */
  HostPolicy(Set<String> hosts, Set<String> origins) {
    this.hosts = hosts;
    this.origins = origins;
  }

  boolean hostAllowed(String hostHeader) {
    if (hosts.isEmpty()) {
      return true;
    }
    if (hostHeader == null) {
      return false;
    }
    return hosts.contains(stripPort(hostHeader.trim().toLowerCase(Locale.ROOT)));
  }

  boolean originAllowed(String origin) {
    if (origin == null) {
      return true;
    }
    try {
      URI uri = URI.create(origin.trim());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return false;
      }
      String host = uri.getHost().toLowerCase(Locale.ROOT);
      String key = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + host;
      if (origins.isEmpty()) {
        boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
        return web && LOOPBACK.contains(host);
      }
      return origins.contains(key);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String stripPort(String host) {
    if (host.startsWith("[")) {
      int end = host.indexOf(']');
      return end < 0 ? host : host.substring(0, end + 1);
    }
    int colon = host.lastIndexOf(':');
    return colon < 0 ? host : host.substring(0, colon);
  }
}
