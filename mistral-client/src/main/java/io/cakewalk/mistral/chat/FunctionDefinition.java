package io.cakewalk.mistral.chat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A function the model may call (spec {@code Function}). {@code parameters} is always an object
 * schema; {@code strict} is omitted unless set, as its semantics are undocumented.
 *
 * @param name {@code ^[a-zA-Z0-9_-]{1,64}$}
 * @param description optional description for the model
 * @param parameters JSON Schema of the arguments, a {@code type: object} schema
 * @param strict optional strict flag
 */
public record FunctionDefinition(
    String name, String description, Map<String, Object> parameters, Boolean strict) {

  /** Mistral's function-name rule. */
  public static final Pattern NAME = Pattern.compile("^[a-zA-Z0-9_-]{1,64}$");

  public FunctionDefinition {
    checkName(name);
    if (parameters == null) {
      parameters = Map.of("type", "object", "properties", Map.of());
    }
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  /** A function with a description and parameters, strict unset. */
  public static FunctionDefinition of(
      String name, String description, Map<String, Object> parameters) {
    return new FunctionDefinition(name, description, parameters, null);
  }

  static void checkName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "Function name '"
              + name
              + "' is invalid: use 1-64 characters from a-z, A-Z, 0-9, '_' and '-'");
    }
  }
}
