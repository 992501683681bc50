package io.cakewalk.cli.connect;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.mcp.schema.Tool;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompatibilityTest {

  private static Tool tool(String name, Map<String, Object> schema) {
    return Tool.builder(name, schema).description("d").build();
  }

  @Test
  void moreThan128ToolsIsAProblem() {
    List<Tool> tools = new ArrayList<>();
    for (int i = 0; i < 129; i++) {
      tools.add(tool("t" + i, Map.of("type", "object")));
    }
    Compatibility c = Compatibility.of(tools);
    assertThat(c.compatible()).isFalse();
    assertThat(c.problems()).singleElement().asString().contains("129 tools", "128");
    assertThat(c.exported()).isNull();
  }

  @Test
  void namesOutsideTheRuleAreNotedWithTheirExportedName() {
    Compatibility c = Compatibility.of(List.of(tool("files.read", Map.of("type", "object"))));
    assertThat(c.compatible()).isTrue();
    assertThat(c.notes()).singleElement().asString().contains("'files.read'", "exported as");
    assertThat(c.exported().tools()).hasSize(1);
  }

  @Test
  void requiredFieldsAreNotedWithTheirTypes() {
    Compatibility c =
        Compatibility.of(
            List.of(
                tool(
                    "delete",
                    Map.of(
                        "type", "object",
                        "properties", Map.of("rationale", Map.of("type", "string")),
                        "required", List.of("rationale")))));
    assertThat(c.notes()).containsExactly("'delete' needs the model to fill rationale (string)");
  }
}
