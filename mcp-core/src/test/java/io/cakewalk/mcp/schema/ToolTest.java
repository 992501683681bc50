package io.cakewalk.mcp.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cakewalk.mcp.internal.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolTest {

  @Test
  void missingOptionalFieldsReadAsNull() {
    Tool tool =
        Json.convert(
            Json.object("{\"name\":\"t\",\"inputSchema\":{\"type\":\"object\"}}"), Tool.class);

    assertThat(tool.title()).isNull();
    assertThat(tool.outputSchema()).isNull();
    assertThat(tool.annotations()).isNull();
    assertThat(tool.meta()).isNull();
  }

  @Test
  void nullFieldsAreOmittedOnOutput() {
    Tool tool = Tool.builder("t", Map.of("type", "object")).build();

    assertThat(Json.write(tool))
        .isEqualTo("{\"name\":\"t\",\"inputSchema\":{\"type\":\"object\"}}");
  }

  @Test
  void unknownFieldsAreIgnored() {
    Tool tool =
        Json.convert(
            Json.object(
                "{\"name\":\"t\",\"inputSchema\":{},\"future\":{\"x\":1},"
                    + "\"annotations\":{\"readOnlyHint\":true,\"novel\":2}}"),
            Tool.class);

    assertThat(tool.annotations().readOnlyHint()).isTrue();
  }

  @Test
  void metaUsesTheUnderscoreName() {
    Tool tool = Tool.builder("t", Map.of()).meta(Map.of("k", "v")).build();

    assertThat(Json.toMap(tool)).containsEntry("_meta", Map.of("k", "v"));
    assertThat(Json.convert(Json.toMap(tool), Tool.class)).isEqualTo(tool);
  }

  @Test
  void schemasArePreservedVerbatim() {
    Map<String, Object> schema =
        Json.object(
            "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"type\":\"object\","
                + "\"$defs\":{\"a\":{\"type\":\"string\"}},\"additionalProperties\":false}");
    Tool tool = Json.convert(Map.of("name", "t", "inputSchema", schema), Tool.class);

    assertThat(tool.inputSchema()).isEqualTo(schema);
    assertThat(List.copyOf(tool.inputSchema().keySet()))
        .containsExactly("$schema", "type", "$defs", "additionalProperties");
  }

  @Test
  void requiresNameAndInputSchema() {
    assertThatThrownBy(() -> Tool.builder("", Map.of()).build()).hasMessageContaining("name");
    assertThatThrownBy(() -> Json.convert(Map.of("name", "t"), Tool.class))
        .hasMessageContaining("inputSchema");
  }
}
