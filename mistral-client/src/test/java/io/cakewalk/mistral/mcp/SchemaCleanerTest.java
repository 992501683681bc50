package io.cakewalk.mistral.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.mistral.internal.Json;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaCleanerTest {

  @Test
  void dropsSchemaIdAndCommentAtEveryDepthButKeepsPropertiesNamedLikeThem() {
    Map<String, Object> in =
        Json.object(
            """
            {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:x","type":"object",
             "properties":{"a":{"$comment":"c","type":"string","$id":"urn:y"},"$id":{"type":"string"}},
             "required":["a"],"additionalProperties":false}""");
    Map<String, Object> out = SchemaCleaner.clean(in);
    assertThat(Json.write(out))
        .isEqualTo(
            "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"},\"$id\":{\"type\":\"string\"}},"
                + "\"required\":[\"a\"],\"additionalProperties\":false}");
    assertThat(in).containsKey("$schema");
  }

  @Test
  void convertsDraft4ExclusiveBounds() {
    Map<String, Object> in =
        Json.object(
            """
            {"type":"object","properties":{"n":{"type":"number","minimum":0,"exclusiveMinimum":true,
             "maximum":10,"exclusiveMaximum":false}}}""");
    Map<String, Object> raw = new HashMap<>(in);
    raw.remove("$schema");
    assertThat(SchemaCleaner.problems(raw)).anyMatch(p -> p.contains("exclusiveMinimum"));
    Map<String, Object> out = SchemaCleaner.clean(in);
    assertThat(Json.write(out))
        .isEqualTo(
            "{\"type\":\"object\",\"properties\":{\"n\":{\"type\":\"number\",\"maximum\":10,\"exclusiveMinimum\":0}}}");
    assertThat(SchemaCleaner.problems(out)).isEmpty();
  }

  @Test
  void alwaysAnObjectWithProperties() {
    assertThat(SchemaCleaner.clean(null))
        .isEqualTo(Map.of("type", "object", "properties", Map.of()));
    assertThat(SchemaCleaner.clean(Map.of("type", "object")))
        .isEqualTo(Map.of("type", "object", "properties", Map.of()));
  }

  @Test
  void inlinesAcyclicRefsAndKeepsRecursiveOnes() {
    Map<String, Object> acyclic =
        Json.object(
            """
            {"type":"object","properties":{"p":{"$ref":"#/$defs/Point","description":"where"}},
             "$defs":{"Point":{"type":"object","properties":{"x":{"type":"number"}}}}}""");
    assertThat(Json.write(SchemaCleaner.clean(acyclic)))
        .isEqualTo(
            "{\"type\":\"object\",\"properties\":{\"p\":{\"type\":\"object\",\"properties\":{\"x\":{\"type\":\"number\"}},\"description\":\"where\"}}}");
    Map<String, Object> recursive =
        Json.object(
            """
            {"type":"object","properties":{"n":{"$ref":"#/definitions/Node"}},
             "definitions":{"Node":{"type":"object","properties":{"next":{"$ref":"#/definitions/Node"}}}}}""");
    Map<String, Object> kept = SchemaCleaner.clean(recursive);
    assertThat(kept).containsKey("definitions");
    assertThat(SchemaCleaner.problems(kept)).isEmpty();
  }

  @Test
  void reportsSchemasDraft7Rejects() {
    assertThat(
            SchemaCleaner.problems(
                Map.of("type", "object", "properties", Map.of("a", Map.of("type", "strang")))))
        .isNotEmpty();
  }
}
