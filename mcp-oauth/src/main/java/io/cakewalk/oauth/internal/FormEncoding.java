package io.cakewalk.oauth.internal;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * {@code application/x-www-form-urlencoded} encoding and decoding (HTML form rules), used for token
 * requests and query strings.
 */
public final class FormEncoding {

  private FormEncoding() {}

  /** Encodes one component; spaces become {@code +}. */
  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** Encodes parameters in their iteration order, skipping {@code null} values. */
  public static String encode(Map<String, String> params) {
    StringJoiner out = new StringJoiner("&");
    params.forEach(
        (k, v) -> {
          if (v != null) {
            out.add(encode(k) + "=" + encode(v));
          }
        });
    return out.toString();
  }

  /**
   * Decodes a form body or query string; the first occurrence of a repeated name wins. Malformed
   * percent escapes fail with {@link IllegalArgumentException}.
   */
  public static Map<String, String> decode(String body) {
    Map<String, String> out = new LinkedHashMap<>();
    decodeAll(body).forEach((name, values) -> out.put(name, values.get(0)));
    return Collections.unmodifiableMap(out);
  }

  /**
   * Decodes a form body or query string keeping every value of a repeated name, in order (an
   * authorization server must refuse repeats, RFC 6749 §3.1). Malformed percent escapes fail with
   * {@link IllegalArgumentException}.
   */
  public static Map<String, List<String>> decodeAll(String body) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (body == null || body.isEmpty()) {
      return Collections.unmodifiableMap(out);
    }
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      out.computeIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8), k -> new ArrayList<>())
          .add(URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    out.replaceAll((name, values) -> List.copyOf(values));
    return Collections.unmodifiableMap(out);
  }

  /** Appends parameters to a URI's query, keeping any query it already has. */
  public static URI appendQuery(URI base, Map<String, String> params) {
    String encoded = encode(params);
    String s = base.toString();
    int hash = s.indexOf('#');
    if (hash >= 0) {
      s = s.substring(0, hash);
    }
    String sep = base.getRawQuery() == null ? "?" : "&";
    return URI.create(s + (encoded.isEmpty() ? "" : sep + encoded));
  }
}
