package io.cakewalk.oauth.server;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Decoded {@code application/x-www-form-urlencoded} parameters (query strings and form bodies). RFC
 * 6749 §3.1 and §3.2 forbid repeating a parameter, so {@link #single} refuses duplicates.
 *
 * @param values parameter names mapped to every value sent, in order
 */
record Form(Map<String, List<String>> values) {

  Form {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    values = java.util.Collections.unmodifiableMap(copy);
  }

  /** Parses encoded text; malformed percent-encoding is an {@code invalid_request}. */
  static Form parse(String text) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    if (!text.isEmpty()) {
      for (String pair : text.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      }
    }
    return new Form(values);
  }

  private static String decode(String part) {
    try {
      return URLDecoder.decode(part, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw OAuthFailure.invalidRequest("malformed percent-encoding in parameters");
    }
  }

  /**
   * The one value of a parameter; absent or empty values are empty, a repeated parameter is an
   * {@code invalid_request}.
   */
  Optional<String> single(String name) {
    List<String> list = values.get(name);
    if (list == null) {
      return Optional.empty();
    }
    if (list.size() > 1) {
      throw OAuthFailure.invalidRequest("parameter " + name + " is repeated");
    }
    return list.get(0).isEmpty() ? Optional.empty() : Optional.of(list.get(0));
  }

  /** The one value of a required parameter, else an {@code invalid_request}. */
  String required(String name) {
    return single(name).orElseThrow(() -> OAuthFailure.invalidRequest("missing " + name));
  }

  /** Whether the parameter is present at all. */
  boolean has(String name) {
    return values.containsKey(name);
  }

  /** Encodes name/value pairs (values may not be null) as form text. */
  static String encode(Map<String, String> pairs) {
    StringJoiner joiner = new StringJoiner("&");
    pairs.forEach(
        (k, v) ->
            joiner.add(
                URLEncoder.encode(k, StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return joiner.toString();
  }

  @Override
  public String toString() {
    return "Form" + values.keySet();
  }
}
