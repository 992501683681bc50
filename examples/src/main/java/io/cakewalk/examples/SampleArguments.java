package io.cakewalk.examples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Minimal arguments that satisfy a tool's required properties, for unattended test calls. */
final class SampleArguments {

  private SampleArguments() {}

  /** A value for every required property of an object schema, chosen by its type. */
  static Map<String, Object> of(Map<String, Object> schema) {
    Map<String, Object> out = new LinkedHashMap<>();
    Object properties = schema.get("properties");
    if (!(schema.get("required") instanceof List<?> required)
        || !(properties instanceof Map<?, ?> p)) {
      return out;
    }
    for (Object name : required) {
      Object property = p.get(name);
      out.put(String.valueOf(name), sample(property instanceof Map<?, ?> m ? m : Map.of()));
    }
    return out;
  }

  private static Object sample(Map<?, ?> property) {
    if (property.containsKey("default")) {
      return property.get("default");
    }
    if (property.get("enum") instanceof List<?> values && !values.isEmpty()) {
      return values.get(0);
    }
    Object type = property.get("type");
    if ("integer".equals(type) || "number".equals(type)) {
      return 1;
    }
    if ("boolean".equals(type)) {
      return true;
    }
    if ("array".equals(type)) {
      return List.of();
    }
    if ("object".equals(type)) {
      @SuppressWarnings("unchecked")
      Map<String, Object> nested = (Map<String, Object>) property;
      return of(nested);
    }
    return "sample";
  }
}
