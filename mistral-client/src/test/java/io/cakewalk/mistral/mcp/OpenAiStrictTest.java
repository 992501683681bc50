package io.cakewalk.mistral.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rewriting tool schemas into OpenAI's strict-mode subset. */
class OpenAiStrictTest {

  @Test
  @SuppressWarnings("unchecked")
  void closesNestedObjectsAndMakesOptionalPropertiesNullable() {
    Map<String, Object> schema =
        Map.of(
            "type",
            "object",
            "properties",
            Map.of(
                "tags",
                Map.of(
                    "type",
                    "array",
                    "items",
                    Map.of("type", "object", "properties", Map.of("k", Map.of("type", "string")))),
                "when",
                Map.of("anyOf", List.of(Map.of("type", "string"), Map.of("type", "integer")))),
            "required",
            List.of("tags"));

    Map<String, Object> strict = OpenAiStrict.convert(schema).orElseThrow();

    assertThat(strict).containsEntry("additionalProperties", false);
    assertThat((List<Object>) strict.get("required")).containsExactlyInAnyOrder("tags", "when");
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> props =
        (Map<String, Map<String, Object>>) strict.get("properties");
    assertThat(props.get("tags").get("items"))
        .isEqualTo(
            Map.of(
                "type",
                "object",
                "properties",
                Map.of("k", Map.of("type", List.of("string", "null"))),
                "required",
                List.of("k"),
                "additionalProperties",
                false));
    assertThat(props.get("when"))
        .isEqualTo(
            Map.of(
                "anyOf",
                List.of(
                    Map.of("anyOf", List.of(Map.of("type", "string"), Map.of("type", "integer"))),
                    Map.of("type", "null"))));
  }

  @Test
  void optionalEnumsAlsoAcceptNull() {
    Map<String, Object> schema =
        Map.of(
            "type",
            "object",
            "properties",
            Map.of("units", Map.of("type", "string", "enum", List.of("c", "f"))));

    Map<String, Object> strict = OpenAiStrict.convert(schema).orElseThrow();

    assertThat(strict.get("properties"))
        .isEqualTo(
            Map.of(
                "units",
                Map.of("type", List.of("string", "null"), "enum", Arrays.asList("c", "f", null))));
  }

  @Test
  void refusesObjectsThatAcceptExtraProperties() {
    Map<String, Object> nestedOpen =
        Map.of(
            "type",
            "object",
            "properties",
            Map.of(
                "meta",
                Map.of("type", "object", "additionalProperties", Map.of("type", "string"))));
    assertThat(OpenAiStrict.convert(nestedOpen)).isEmpty();
    assertThat(OpenAiStrict.convert(Map.of("type", "object", "additionalProperties", true)))
        .isEmpty();
    assertThat(OpenAiStrict.convert(Map.of("type", "object", "additionalProperties", false)))
        .contains(
            Map.of(
                "type",
                "object",
                "additionalProperties",
                false,
                "properties",
                Map.of(),
                "required",
                List.of()));
  }
}
