package io.cakewalk.oauth.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The module's one Jackson mapper. OAuth messages convert themselves to and from plain maps, so
 * only maps, lists and scalars pass through here, plus the records of the server's store file.
 */
public final class Json {

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .changeDefaultPropertyInclusion(
              incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
          .build();

  private Json() {}

  /** Compact JSON text of maps, lists and scalars. */
  public static String write(Object value) {
    return MAPPER.writeValueAsString(value);
  }

  /** Reads JSON text as {@code type}; Jackson's exception says where the text is wrong. */
  public static <T> T read(String text, Class<T> type) {
    return MAPPER.readValue(text, type);
  }

  /**
   * Parses a JSON object; {@code what} names the document in the one-line error, for example
   * "authorization server metadata".
   */
  public static JsonFields object(String text, String what) {
    try {
      Map<String, Object> map = MAPPER.readValue(text, MAP);
      if (map == null) {
        throw new IllegalArgumentException(what + " is not a JSON object");
      }
      return new JsonFields(map, what);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(what + " is not valid JSON", e);
    }
  }
}
