package io.cakewalk.mistral.mcp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rewrites a cleaned tool schema into the subset OpenAI's strict function calling accepts: every
 * object closed with {@code "additionalProperties": false} and every property listed in {@code
 * required}, an optional property becoming nullable instead. A schema that allows extra properties
 * cannot be closed without changing what the tool accepts, so it is not converted.
 *
 * <p>OpenAI: platform.openai.com/docs/guides/function-calling, "Strict mode".
 */
final class OpenAiStrict {

  private OpenAiStrict() {}

  /** The strict form of {@code schema}, or empty when it cannot be made strict faithfully. */
  static Optional<Map<String, Object>> convert(Map<String, Object> schema) {
    try {
      return Optional.of(node(schema));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @SuppressWarnings("unchecked")
  private static Object any(Object value) {
    if (value instanceof Map<?, ?> m) {
      return node((Map<String, Object>) m);
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(v -> out.add(any(v)));
      return out;
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> node(Map<String, Object> schema) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : schema.entrySet()) {
      String key = e.getKey();
      Object value = e.getValue();
      if ((key.equals("properties") || key.equals("$defs") || key.equals("definitions"))
          && value instanceof Map<?, ?> m) {
        Map<String, Object> children = new LinkedHashMap<>();
        ((Map<String, Object>) m).forEach((k, v) -> children.put(k, any(v)));
        out.put(key, children);
      } else {
        out.put(key, any(value));
      }
    }
    if (isObject(out)) {
      close(out);
    }
    return out;
  }

  private static boolean isObject(Map<String, Object> schema) {
    Object type = schema.get("type");
    return "object".equals(type)
        || type instanceof List<?> l && l.contains("object")
        || schema.containsKey("properties");
  }

  @SuppressWarnings("unchecked")
  private static void close(Map<String, Object> object) {
    Object extra = object.get("additionalProperties");
    if (extra != null && !Boolean.FALSE.equals(extra) || object.containsKey("patternProperties")) {
      throw new IllegalArgumentException("open object");
    }
    Map<String, Object> properties =
        (Map<String, Object>) object.getOrDefault("properties", Map.of());
    List<?> required = (List<?>) object.getOrDefault("required", List.of());
    Map<String, Object> all = new LinkedHashMap<>();
    properties.forEach(
        (name, schema) ->
            all.put(
                name, required.contains(name) ? schema : nullable((Map<String, Object>) schema)));
    object.put("properties", all);
    object.put("required", List.copyOf(all.keySet()));
    object.put("additionalProperties", false);
  }

  /** Allows {@code null} besides what {@code schema} allows: how strict mode marks optional. */
  private static Map<String, Object> nullable(Map<String, Object> schema) {
    Map<String, Object> out = new LinkedHashMap<>(schema);
    Object type = schema.get("type");
    if (type instanceof String t) {
      out.put("type", t.equals("null") ? t : List.of(t, "null"));
    } else if (type instanceof List<?> types) {
      List<Object> withNull = new ArrayList<>(types);
      if (!withNull.contains("null")) {
        withNull.add("null");
      }
      out.put("type", withNull);
    } else {
      return Map.of("anyOf", List.of(schema, Map.of("type", "null")));
    }
    if (out.get("enum") instanceof List<?> values && !values.contains(null)) {
      List<Object> withNull = new ArrayList<>(values);
      withNull.add(null);
      out.put("enum", withNull);
    }
    return out;
  }
}
