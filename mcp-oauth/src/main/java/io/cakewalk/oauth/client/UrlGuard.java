package io.cakewalk.oauth.client;

import io.cakewalk.oauth.OAuthException;
import io.cakewalk.oauth.id.ResourceUri;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Discovery safety (MCP security considerations, SSRF): every URL taken from a challenge or a
 * metadata document must be {@code https} and must not point into private, loopback, link-local or
 * unique-local networks, unless the MCP server the user named is itself on such a network. Plain
 * {@code http} is accepted only for loopback hosts, and only when the user named a loopback {@code
 * http} server or enabled the development switch.
 */
final class UrlGuard {

  private final boolean allowNonPublic;
  private final boolean allowLoopbackHttp;

  UrlGuard(boolean allowNonPublic, boolean allowLoopbackHttp) {
    this.allowNonPublic = allowNonPublic;
    this.allowLoopbackHttp = allowLoopbackHttp;
  }

  /** The guard for a login to {@code resource}. */
  static UrlGuard forResource(ResourceUri resource, boolean insecureLoopbackHttp) {
    boolean nonPublic = isNonPublic(resource.value().getHost());
    boolean loopbackHttp =
        insecureLoopbackHttp
            || (resource.value().getScheme().equals("http")
                && isLoopback(resource.value().getHost()));
    return new UrlGuard(nonPublic, loopbackHttp);
  }

  /** Returns {@code uri} when it is safe to fetch, else fails naming {@code what} it was. */
  URI check(URI uri, String what) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost();
    if (host == null || uri.getRawUserInfo() != null) {
      throw new OAuthException(
          "Refusing " + what + " " + uri + ": it must be an https URL with a host.");
    }
    if (scheme.equals("http")) {
      if (!(allowLoopbackHttp && isLoopback(host))) {
        throw new OAuthException(
            "Refusing "
                + what
                + " "
                + uri
                + ": plain http is allowed only for a local development server.");
      }
    } else if (!scheme.equals("https")) {
      throw new OAuthException("Refusing " + what + " " + uri + ": it must be an https URL.");
    }
    if (!allowNonPublic && isNonPublic(host)) {
      throw new OAuthException(
          "Refusing "
              + what
              + " "
              + uri
              + ": it points into a private or local network, but the MCP server is public.");
    }
    return uri;
  }

  static boolean isLoopback(String host) {
    try {
      for (InetAddress a : InetAddress.getAllByName(strip(host))) {
        if (!a.isLoopbackAddress()) {
          return false;
        }
      }
      return true;
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** Whether any address of {@code host} is not a public unicast address. */
  static boolean isNonPublic(String host) {
    InetAddress[] all;
    try {
      all = InetAddress.getAllByName(strip(host));
    } catch (UnknownHostException e) {
      return false; // fetching fails later with a clear "could not reach" message
    }
    for (InetAddress a : all) {
      boolean uniqueLocal = a instanceof Inet6Address && (a.getAddress()[0] & 0xfe) == 0xfc;
      if (a.isLoopbackAddress()
          || a.isSiteLocalAddress()
          || a.isLinkLocalAddress()
          || a.isAnyLocalAddress()
          || a.isMulticastAddress()
          || uniqueLocal) {
        return true;
      }
    }
    return false;
  }

  private static String strip(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }
}
