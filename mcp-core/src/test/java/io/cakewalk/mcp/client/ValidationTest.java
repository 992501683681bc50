package io.cakewalk.mcp.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cakewalk.mcp.McpClient;
import io.cakewalk.mcp.McpValidationException;
import io.cakewalk.mcp.internal.Json;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JSON Schema checks of arguments and structured results. */
class ValidationTest {

  private static final String SCHEMA =
      """
      {"type":"object","properties":{
         "a":{"type":"integer","minimum":0},
         "tags":{"type":"array","items":{"type":"string"}}},
       "required":["a"],"additionalProperties":false}""";

  @Test
  void reportsEveryFailingPath() {
    List<String> problems =
        SchemaValidator.validate(Json.object(SCHEMA), Map.of("a", -1, "tags", List.of("x", 2)));
    assertThat(problems).hasSize(2);
    assertThat(SchemaValidator.validate(Json.object(SCHEMA), Map.of()))
        .singleElement()
        .asString()
        .startsWith("/: ")
        .contains("a");
    assertThat(problems).anyMatch(p -> p.startsWith("/a"));
    assertThat(problems).anyMatch(p -> p.startsWith("/tags/1"));
  }

  @Test
  void usesTheDialectNamedBySchema() {
    Map<String, Object> draft4 =
        Json.object(
            """
        {"$schema":"http://json-schema.org/draft-04/schema#","type":"object",
         "properties":{"n":{"type":"number","maximum":5,"exclusiveMaximum":true}}}""");
    assertThat(SchemaValidator.validate(draft4, Map.of("n", 5))).hasSize(1);
    Map<String, Object> modern =
        Json.object(
            """
        {"type":"object","properties":{"n":{"type":"number","exclusiveMaximum":5}}}""");
    assertThat(SchemaValidator.validate(modern, Map.of("n", 5))).hasSize(1);
    assertThat(SchemaValidator.validate(modern, Map.of("n", 4))).isEmpty();
  }

  @Test
  void neverFetchesANetworkRef() throws IOException {
    try (FakeServer canary = FakeServer.start((x, s) -> FakeServer.json(x, 200, "{}"))) {
      Map<String, Object> schema =
          Map.of(
              "type",
              "object",
              "properties",
              Map.of("p", Map.of("$ref", canary.uri().resolve("/schema.json").toString())));
      List<String> problems = SchemaValidator.validate(schema, Map.of("p", 1));
      assertThat(canary.seen).isEmpty();
      assertThat(problems).singleElement().asString().contains("schema");
    }
  }

  @Test
  void checksStructuredContentUnlessTheToolFailed() throws IOException {
    Map<String, Object> tool =
        Map.of(
            "name",
            "weather",
            "inputSchema",
            Map.of("type", "object"),
            "outputSchema",
            Json.object(
                """
            {"type":"object","properties":{"t":{"type":"number"}},"required":["t"]}"""));
    try (FakeServer server =
            FakeServer.legacy(
                "2025-11-25",
                m -> {
                  if ("tools/list".equals(m.get("method"))) {
                    return Map.of("tools", List.of(tool));
                  }
                  Map<?, ?> args = (Map<?, ?>) ((Map<?, ?>) m.get("params")).get("arguments");
                  boolean fail = Boolean.TRUE.equals(args.get("fail"));
                  return Map.of(
                      "content",
                      List.of(),
                      "structuredContent",
                      Map.of("t", "warm"),
                      "isError",
                      fail);
                });
        McpClient client = McpClient.builder(server.uri()).build()) {
      McpValidationException e =
          catchThrowableOfType(
              McpValidationException.class, () -> client.callTool("weather", Map.of()));
      assertThat(e.getMessage()).contains("outputSchema");
      assertThat(e.problems()).singleElement().asString().startsWith("/t");
      assertThat(client.callTool("weather", Map.of("fail", true)).failed()).isTrue();
    }
  }
}
