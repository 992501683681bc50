package io.cakewalk.oauth.server;

import io.cakewalk.oauth.internal.FormEncoding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decoded {@code application/x-www-form-urlencoded} parameters (query strings and form bodies) as
 * an endpoint reads them: RFC 6749 §3.1 and §3.2 forbid repeating a parameter, so {@link #single}
 * refuses duplicates. Decoding itself is {@link FormEncoding}'s.
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
    try {
      return new Form(FormEncoding.decodeAll(text));
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

  @Override
  public String toString() {
    return "Form" + values.keySet();
  }
}
