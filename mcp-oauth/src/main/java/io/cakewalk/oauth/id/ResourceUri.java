package io.cakewalk.oauth.id;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The canonical URI of a protected resource, sent as {@code resource} (RFC 8707 §2) and compared
 * with protected resource metadata (RFC 9728 §3.3): lower-case scheme and host, no fragment, path
 * kept as given.
 *
 * @param value the canonical URI
 */
public record ResourceUri(URI value) {

  public ResourceUri {
    if (value == null || value.getHost() == null) {
      throw new IllegalArgumentException("resource must be an absolute URL with a host");
    }
    String scheme = value.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new IllegalArgumentException("resource must be an http or https URL: " + value);
    }
    try {
      value =
          new URI(
              scheme,
              value.getRawUserInfo() == null ? null : value.getUserInfo(),
              value.getHost().toLowerCase(Locale.ROOT),
              value.getPort(),
              value.getPath(),
              value.getQuery(),
              null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("resource is not a valid URL: " + value, e);
    }
  }

  /** Parses and canonicalises a resource URL. */
  public static ResourceUri of(String uri) {
    try {
      return new ResourceUri(new URI(uri.strip()));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a valid URL: " + uri, e);
    }
  }

  /** Canonicalises a resource URL. */
  public static ResourceUri of(URI uri) {
    return new ResourceUri(uri);
  }

  /** {@code scheme://host[:port]}. */
  public URI origin() {
    return URI.create(value.getScheme() + "://" + value.getRawAuthority().replaceFirst("^.*@", ""));
  }

  /**
   * Whether {@code other} names this resource: exactly, or, when {@code allowPrefix}, the same
   * origin with a path that is a prefix of this one's (the TypeScript SDK's lenient rule).
   */
  public boolean matches(ResourceUri other, boolean allowPrefix) {
    if (equals(other)) {
      return true;
    }
    if (!allowPrefix || !origin().equals(other.origin())) {
      return false;
    }
    String mine = value.getPath() == null ? "" : value.getPath();
    String theirs = other.value.getPath() == null ? "" : other.value.getPath();
    String base = theirs.endsWith("/") ? theirs : theirs + "/";
    return theirs.isEmpty() || mine.equals(theirs) || mine.startsWith(base);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
