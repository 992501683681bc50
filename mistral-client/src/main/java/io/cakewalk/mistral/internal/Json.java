package io.cakewalk.mistral.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The module's one configured Jackson mapper: {@code null} fields are never written (Mistral
 * rejects them with 422); unknown fields and unknown subtypes are ignored on input. Parse failures
 * surface as {@link JacksonException}.
 */
public final class Json {

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  static final JsonMapper MAPPER =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .disable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)
          .disable(DeserializationFeature.FAIL_ON_MISSING_EXTERNAL_TYPE_ID_PROPERTY)
          .changeDefaultPropertyInclusion(
              incl ->
                  incl.withValueInclusion(JsonInclude.Include.NON_NULL)
                      .withContentInclusion(JsonInclude.Include.NON_NULL))
          .build();

  private Json() {}

  /** Compact JSON text of a record, map, list or scalar. */
  public static String write(Object value) {
    return MAPPER.writeValueAsString(value);
  }

  /** Indented JSON text, for people. */
  public static String writePretty(Object value) {
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
  }

  /** Parses JSON text into the given type. */
  public static <T> T read(String text, Class<T> type) {
    return MAPPER.readValue(text, type);
  }

  /** Parses a JSON array into a list of the given element type. */
  public static <T> List<T> readList(String text, Class<T> elementType) {
    return MAPPER.readValue(
        text, MAPPER.getTypeFactory().constructCollectionType(List.class, elementType));
  }

  /** Parses JSON text into a tree. */
  public static JsonNode tree(String text) {
    return MAPPER.readTree(text);
  }

  /** Parses a JSON object into a map; fails if the text is not an object. */
  public static Map<String, Object> object(String text) {
    return MAPPER.readValue(text, MAP);
  }

  /** Converts a record or map into plain maps and lists. */
  public static Map<String, Object> toMap(Object value) {
    return MAPPER.convertValue(value, MAP);
  }

  /** Converts a map, list or record into a tree. */
  public static JsonNode node(Object value) {
    return MAPPER.valueToTree(value);
  }

  /** Converts a tree, map or record into the given type. */
  public static <T> T convert(Object value, Class<T> type) {
    return MAPPER.convertValue(value, type);
  }
}
