package io.cakewalk.mistral.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The output format (spec {@code ResponseFormat}): text, JSON mode, or JSON conforming to a schema.
 * JSON mode also needs the word "JSON" in a system or user message.
 *
 * @param type {@code text}, {@code json_object} or {@code json_schema}
 * @param jsonSchema the schema, only with {@code json_schema}
 */
public record ResponseFormat(String type, @JsonProperty("json_schema") JsonSchema jsonSchema) {

  public ResponseFormat {
    if (!"text".equals(type) && !"json_object".equals(type) && !"json_schema".equals(type)) {
      throw new IllegalArgumentException(
          "response format type must be text, json_object or json_schema");
    }
    if ("json_schema".equals(type) != (jsonSchema != null)) {
      throw new IllegalArgumentException(
          "json_schema is required with, and only with, type json_schema");
    }
  }

  /** Plain text (the default). */
  public static ResponseFormat text() {
    return new ResponseFormat("text", null);
  }

  /** Any JSON object. */
  public static ResponseFormat jsonObject() {
    return new ResponseFormat("json_object", null);
  }

  /** JSON conforming to {@code schema}. */
  public static ResponseFormat jsonSchema(String name, Map<String, Object> schema, Boolean strict) {
    return new ResponseFormat("json_schema", new JsonSchema(name, null, schema, strict));
  }

  /**
   * A named JSON Schema for structured output.
   *
   * @param name schema name, required
   * @param description optional description
   * @param schema the JSON Schema object, required
   * @param strict optional strictness
   */
  public record JsonSchema(
      String name, String description, Map<String, Object> schema, Boolean strict) {
    public JsonSchema {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("json_schema needs a name");
      }
      if (schema == null) {
        throw new IllegalArgumentException("json_schema needs a schema");
      }
      schema = Collections.unmodifiableMap(new LinkedHashMap<>(schema));
    }
  }
}
