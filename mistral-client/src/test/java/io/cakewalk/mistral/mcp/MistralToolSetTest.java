package io.cakewalk.mistral.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cakewalk.mcp.schema.Tool;
import io.cakewalk.mistral.chat.ChatMessage;
import io.cakewalk.mistral.chat.ChatRequest;
import io.cakewalk.mistral.fake.OpenApiContract;
import io.cakewalk.mistral.internal.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MistralToolSetTest {

  static final Map<String, Object> SCHEMA =
      Json.object(
          """
          {"$schema":"http://json-schema.org/draft-07/schema#","type":"object",
           "properties":{"city":{"type":"string","description":"City"}},"required":["city"]}""");

  @Test
  void convertsToolsIntoValidRequestTools() {
    MistralToolSet set =
        MistralToolSet.of(
            List.of(
                Tool.builder("weather.get", SCHEMA).description("Weather now").build(),
                Tool.builder("ping", Map.of("type", "object")).title("Ping").build()));
    ChatRequest req =
        ChatRequest.builder("m", List.of(ChatMessage.user("hi"))).tools(set.tools()).build();
    assertThat(OpenApiContract.validate("ChatCompletionRequest", Json.write(req))).isEmpty();
    assertThat(set.names().entries().keySet()).containsExactly("ping", "weather_get");
    assertThat(Json.write(set.tools().get(1)))
        .isEqualTo(
            "{\"type\":\"function\",\"function\":{\"name\":\"weather_get\",\"description\":\"Weather now\","
                + "\"parameters\":{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\",\"description\":\"City\"}},\"required\":[\"city\"]}}}");
    assertThat(set.warnings()).isEmpty();
  }

  @Test
  void exportsBothFormats() {
    MistralToolSet set =
        MistralToolSet.of(List.of(Tool.builder("ping", Map.of("type", "object")).build()));
    Object mistral = Json.convert(Json.tree(set.toJson(ExportFormat.MISTRAL)), Object.class);
    assertThat(mistral)
        .isEqualTo(
            List.of(
                Map.of(
                    "type",
                    "function",
                    "function",
                    Map.of(
                        "name",
                        "ping",
                        "description",
                        "",
                        "parameters",
                        Map.of("type", "object", "properties", Map.of())))));
    assertThat(set.toJson(ExportFormat.OPENAI)).contains("\"strict\" : false");
    assertThat(set.toJson(ExportFormat.MISTRAL)).doesNotContain("strict");
  }

  @Test
  @SuppressWarnings("unchecked")
  void openAiFormatRewritesStrictSchemasWhereMistralKeepsThem() {
    Map<String, Object> weather =
        Map.of(
            "type",
            "object",
            "properties",
            Map.of("city", Map.of("type", "string"), "days", Map.of("type", "integer")),
            "required",
            List.of("city"));
    Map<String, Object> open = Map.of("type", "object", "additionalProperties", true);
    MistralToolSet set =
        MistralToolSet.of(
            List.of(Tool.builder("weather", weather).build(), Tool.builder("open", open).build()),
            t -> true,
            null,
            true);

    Map<String, Map<String, Object>> mistral = functions(set.toJson(ExportFormat.MISTRAL));
    Map<String, Map<String, Object>> openai = functions(set.toJson(ExportFormat.OPENAI));

    assertThat(mistral.get("weather"))
        .containsEntry("strict", true)
        .containsEntry("parameters", weather);
    assertThat(openai.get("weather")).containsEntry("strict", true);
    Map<String, Object> strictParams =
        (Map<String, Object>) openai.get("weather").get("parameters");
    assertThat(strictParams).containsEntry("additionalProperties", false);
    assertThat((List<Object>) strictParams.get("required"))
        .containsExactlyInAnyOrder("city", "days");
    assertThat(((Map<String, Object>) strictParams.get("properties")).get("days"))
        .isEqualTo(Map.of("type", List.of("integer", "null")));
    assertThat(openai.get("open")).containsEntry("strict", false);
    assertThat(mistral.get("open")).containsEntry("strict", true);
    assertThat(set.warnings())
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("'open'", "strict false", "openai");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> functions(String json) {
    Map<String, Map<String, Object>> byName = new java.util.LinkedHashMap<>();
    for (Object t : (List<Object>) Json.convert(Json.tree(json), Object.class)) {
      Map<String, Object> fn = (Map<String, Object>) ((Map<String, Object>) t).get("function");
      byName.put((String) fn.get("name"), fn);
    }
    return byName;
  }

  @Test
  void leavesOutToolsWithBrokenSchemasAndSaysWhich() {
    MistralToolSet set =
        MistralToolSet.of(
            List.of(
                Tool.builder("ok", Map.of("type", "object")).build(),
                Tool.builder(
                        "broken",
                        Map.of("type", "object", "properties", Map.of("a", Map.of("type", 7))))
                    .build()));
    assertThat(set.tools()).hasSize(1);
    assertThat(set.warnings()).singleElement().asString().startsWith("Tool 'broken' left out");
  }

  @Test
  void moreThan128NeedsASelection() {
    List<Tool> many = new ArrayList<>();
    for (int i = 0; i < 130; i++) {
      many.add(Tool.builder("t" + i, Map.of("type", "object")).build());
    }
    assertThatThrownBy(() -> MistralToolSet.of(many))
        .hasMessageContaining("130 tools")
        .hasMessageContaining("at most 128");
    MistralToolSet some = MistralToolSet.of(many, t -> t.name().startsWith("t1"), "srv", null);
    assertThat(some.tools()).hasSize(41);
    assertThat(some.names().tool("srv_t10").orElseThrow().name()).isEqualTo("t10");
  }
}
