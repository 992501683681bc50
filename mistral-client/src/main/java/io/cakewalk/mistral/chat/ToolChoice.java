package io.cakewalk.mistral.chat;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which tool the model may or must call: a {@link Mode} ({@code "auto"}, {@code "none"}, {@code
 * "any"}, {@code "required"}) or one named {@link Function}. Prefer {@link Mode#ANY} over {@link
 * Mode#REQUIRED} to force a call: it is Mistral's native value.
 */
public sealed interface ToolChoice permits ToolChoice.Mode, ToolChoice.Function {

  /** Forces a call to the named function. */
  static Function function(String name) {
    return new Function(name);
  }

  /** A tool-choice mode, written as a JSON string. */
  enum Mode implements ToolChoice {
    /** The model decides (the default). */
    AUTO("auto"),
    /** No tool call. */
    NONE("none"),
    /** At least one tool call. */
    ANY("any"),
    /** Spec synonym of {@link #ANY}. */
    REQUIRED("required");

    private final String wire;

    Mode(String wire) {
      this.wire = wire;
    }

    /** The wire value. */
    @JsonValue
    public String wire() {
      return wire;
    }
  }

  /**
   * Forces one named function, written as {@code {"type":"function","function":{"name":…}}}.
   *
   * @param name the function name
   */
  record Function(String name) implements ToolChoice {
    public Function {
      FunctionDefinition.checkName(name);
    }

    @JsonValue
    Map<String, Object> toJson() {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("type", "function");
      json.put("function", Map.of("name", name));
      return json;
    }
  }
}
