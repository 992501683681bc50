package io.cakewalk.oauth.server;

import io.cakewalk.oauth.OAuthError;
import io.cakewalk.oauth.internal.Json;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/**
 * Fetches and validates Client ID Metadata Documents ({@code
 * draft-ietf-oauth-client-id-metadata-document}): a {@code client_id} that is an https URL names a
 * JSON document describing a public client.
 *
 * <p>The URL is attacker-controlled, so fetching is guarded against server-side request forgery:
 * https only, no user info, fragments or dot segments; the host is resolved once and every address
 * must be public (not loopback, private, link-local, unique-local, multicast or unspecified); the
 * connection then goes to one of those checked addresses ({@link PinnedFetch}), so a DNS answer
 * that changes after the check (rebinding) cannot reach an internal address, while TLS still
 * verifies the certificate against the URL's host name. Redirects are not followed; the body is
 * capped at {@value #MAX_BYTES} bytes and the fetch times out. {@code developmentMode} lifts the
 * address and scheme rules so tests can serve documents from loopback HTTP.
 */
final class ClientMetadataDocuments {

  static final int MAX_BYTES = 8 * 1024;
  private static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d{1,9})");
  private static final int CACHE_LIMIT = 1000;

  private final boolean developmentMode;
  private final Clock clock;
  private final Resolver resolver;
  private final PinnedFetch fetch;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  private record Cached(StoredClient client, long until) {}

  /** Name resolution, a seam so tests can answer differently on each call. */
  @FunctionalInterface
  interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  ClientMetadataDocuments(boolean developmentMode, Clock clock) {
    this(developmentMode, clock, InetAddress::getAllByName, PinnedFetch.standard());
  }

  ClientMetadataDocuments(
      boolean developmentMode, Clock clock, Resolver resolver, PinnedFetch fetch) {
    this.developmentMode = developmentMode;
    this.clock = clock;
    this.resolver = resolver;
    this.fetch = fetch;
  }

  /** Whether a client identifier is a metadata document URL rather than an issued identifier. */
  static boolean isDocumentUrl(String clientId) {
    return clientId.startsWith("https://") || clientId.startsWith("http://");
  }

  /** The client the document at {@code clientId} describes; failures are {@code invalid_client}. */
  StoredClient resolve(String clientId) {
    long now = clock.instant().getEpochSecond();
    Cached cached = cache.get(clientId);
    if (cached != null && cached.until() > now) {
      return cached.client();
    }
    URI url = checkUrl(clientId);
    List<InetAddress> addresses = checkAddresses(url.getHost());
    PinnedFetch.Response response;
    try {
      response = fetch.get(url, addresses, MAX_BYTES + 1);
    } catch (SocketTimeoutException e) {
      throw refuse("could not be fetched in time");
    } catch (SSLException e) {
      throw refuse("could not be fetched: TLS handshake failed");
    } catch (ProtocolException e) {
      throw refuse("could not be fetched: malformed HTTP answer");
    } catch (IOException e) {
      throw refuse("could not be fetched");
    }
    if (response.status() != 200) {
      throw refuse("answered HTTP " + response.status() + " (redirects are not followed)");
    }
    if (response.body().length > MAX_BYTES) {
      throw refuse("is larger than " + MAX_BYTES + " bytes");
    }
    StoredClient client = parse(clientId, new String(response.body(), StandardCharsets.UTF_8), now);
    long ttl = maxAge(response.header("Cache-Control"));
    if (ttl > 0) {
      if (cache.size() >= CACHE_LIMIT) {
        cache.clear();
      }
      cache.put(clientId, new Cached(client, now + ttl));
    }
    return client;
  }

  private URI checkUrl(String clientId) {
    URI url;
    try {
      url = new URI(clientId);
    } catch (URISyntaxException e) {
      throw refuse("URL is malformed");
    }
    boolean schemeOk =
        "https".equals(url.getScheme()) || developmentMode && "http".equals(url.getScheme());
    if (!schemeOk) {
      throw refuse("URL must use https");
    }
    String path = url.getRawPath();
    if (url.getHost() == null
        || url.getRawUserInfo() != null
        || url.getRawFragment() != null
        || path == null
        || path.isEmpty()
        || "/".equals(path)
        || path.contains("/./")
        || path.contains("/../")
        || path.endsWith("/.")
        || path.endsWith("/..")) {
      throw refuse("URL must be https://host/path without user info, fragment or dot segments");
    }
    return url;
  }

  /** Resolves {@code host} once; outside development mode every address must be public. */
  private List<InetAddress> checkAddresses(String host) {
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(host);
    } catch (UnknownHostException e) {
      throw refuse("host does not resolve");
    }
    if (addresses == null || addresses.length == 0) {
      throw refuse("host does not resolve");
    }
    if (!developmentMode) {
      for (InetAddress address : addresses) {
        if (!isPublic(address)) {
          throw refuse("host resolves to a non-public address");
        }
      }
    }
    return List.of(addresses);
  }

  /** Whether an address is routable on the public internet (SSRF guard). */
  static boolean isPublic(InetAddress address) {
    if (address.isLoopbackAddress()
        || address.isAnyLocalAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return false;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet6Address) {
      return (b[0] & 0xfe) != 0xfc; // fc00::/7 unique local
    }
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    return first != 0 && !(first == 100 && second >= 64 && second < 128); // 0/8, 100.64/10
  }

  private static StoredClient parse(String clientId, String text, long now) {
    Map<String, Object> doc;
    try {
      doc = Json.object(text, "client metadata document").asMap();
    } catch (RuntimeException e) {
      throw refuse("is not a JSON object");
    }
    if (!clientId.equals(doc.get("client_id"))) {
      throw refuse("client_id does not equal its URL");
    }
    if (!(doc.get("client_name") instanceof String name) || name.isBlank()) {
      throw refuse("lacks client_name");
    }
    Object method = doc.getOrDefault("token_endpoint_auth_method", "none");
    if (!"none".equals(method)) {
      throw refuse("token_endpoint_auth_method must be none (no shared secret is possible)");
    }
    List<String> redirects = strings(doc.get("redirect_uris"), "redirect_uris");
    if (redirects.isEmpty()) {
      throw refuse("lacks redirect_uris");
    }
    for (String uri : redirects) {
      RedirectUris.problem(uri)
          .ifPresent(
              p -> {
                throw refuse(p);
              });
    }
    List<String> grants =
        doc.containsKey("grant_types")
            ? strings(doc.get("grant_types"), "grant_types")
            : List.of("authorization_code");
    return new StoredClient(clientId, null, name, redirects, grants, "none", "native", null, now);
  }

  private static List<String> strings(Object value, String field) {
    if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
      return list.stream().map(String.class::cast).toList();
    }
    throw refuse(field + " must be an array of strings");
  }

  private static long maxAge(String cacheControl) {
    if (cacheControl.contains("no-store") || cacheControl.contains("no-cache")) {
      return 0;
    }
    Matcher m = MAX_AGE.matcher(cacheControl);
    long seconds = m.find() ? Long.parseLong(m.group(1)) : 300;
    return Math.min(seconds, 86_400);
  }

  private static OAuthFailure refuse(String reason) {
    return new OAuthFailure(OAuthError.INVALID_CLIENT, "client metadata document " + reason, 400);
  }
}
