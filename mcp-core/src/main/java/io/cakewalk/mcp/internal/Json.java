package io.cakewalk.mcp.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one configured Jackson mapper: absent ({@code null}) fields are omitted on output, unknown
 * fields are ignored on input. Parse failures surface as {@link JacksonException} (unchecked).
 */
public final class Json {

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  /** Shared mapper; thread-safe once built. */
  public static final JsonMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder().maxNestingDepth(200).build())
                  .build())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .changeDefaultPropertyInclusion(
              incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
          .build();

  private Json() {}

  /** Compact JSON text of any value (records, maps, lists, scalars). */
  public static String write(Object value) {
    return MAPPER.writeValueAsString(value);
  }

  /** Indented JSON text, for people. */
  public static String writePretty(Object value) {
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
  }

  /** Parses text into a tree. */
  public static JsonNode tree(String text) {
    return MAPPER.readTree(text);
  }

  /** Parses a JSON object into a map; fails if the text is not an object. */
  public static Map<String, Object> object(String text) {
    return MAPPER.readValue(text, MAP);
  }

  /** Converts a tree, map or record into the given record type. */
  public static <T> T convert(Object value, Class<T> type) {
    return MAPPER.convertValue(value, type);
  }

  /** Converts a record (or any value) into plain maps and lists. */
  public static Map<String, Object> toMap(Object value) {
    return MAPPER.convertValue(value, MAP);
  }

  /** Converts a tree into plain Java values: maps, lists, strings, numbers, booleans. */
  public static Object plain(JsonNode node) {
    return MAPPER.convertValue(node, Object.class);
  }

  /** A list of maps from a JSON array value, or an empty list for {@code null}. */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> listOfObjects(Object value) {
    return value == null ? List.of() : (List<Map<String, Object>>) value;
  }
}
