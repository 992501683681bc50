package io.cakewalk.mistral.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.mcp.schema.Tool;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolNameMapTest {

  static Tool tool(String name) {
    return Tool.builder(name, Map.of("type", "object")).build();
  }

  @Test
  void validNamesPassThroughUnchanged() {
    ToolNameMap m = ToolNameMap.of(List.of(tool("get_weather"), tool("search-docs")));
    assertThat(m.entries().keySet()).containsExactly("get_weather", "search-docs");
  }

  @Test
  void invalidCharactersBecomeUnderscoresAndMapBack() {
    ToolNameMap m = ToolNameMap.of(List.of(tool("files.read"), tool("weather/now")));
    assertThat(m.mistralName("files.read")).contains("files_read");
    assertThat(m.tool("files_read").orElseThrow().name()).isEqualTo("files.read");
    assertThat(m.mistralName("weather/now")).contains("weather_now");
  }

  @Test
  void collisionsGetAHashSuffixAndValidNamesWin() {
    // "a.b" would become "a_b", which a valid tool already holds, even though it comes first.
    ToolNameMap m = ToolNameMap.of(List.of(tool("a.b"), tool("a_b")));
    assertThat(m.mistralName("a_b")).contains("a_b");
    String mapped = m.mistralName("a.b").orElseThrow();
    assertThat(mapped).matches("a_b_[0-9a-f]{8}");
    assertThat(m.tool(mapped).orElseThrow().name()).isEqualTo("a.b");
  }

  @Test
  void longAndEmptyResultsAreHashed() {
    String longName = "x".repeat(100);
    ToolNameMap m = ToolNameMap.of(List.of(tool(longName), tool("日本")));
    assertThat(m.mistralName(longName).orElseThrow()).hasSize(64).startsWith("x".repeat(55) + "_");
    assertThat(m.mistralName("日本").orElseThrow()).matches("^[a-zA-Z0-9_-]{1,64}$");
  }

  @Test
  void everyNameIsValidAndUniqueAndDeterministic() {
    List<Tool> tools =
        List.of(tool("a.b"), tool("a:b"), tool("a b"), tool("a_b"), tool("é"), tool("ü"));
    ToolNameMap m = ToolNameMap.of(tools);
    assertThat(m.size()).isEqualTo(6);
    assertThat(m.entries().keySet()).allMatch(n -> n.matches("^[a-zA-Z0-9_-]{1,64}$"));
    assertThat(ToolNameMap.of(tools).entries().keySet())
        .containsExactlyElementsOf(m.entries().keySet());
  }

  @Test
  void prefixIsAppliedBeforeMapping() {
    ToolNameMap m = ToolNameMap.of("github", List.of(tool("search"), tool("repo.list")));
    assertThat(m.entries().keySet()).containsExactly("github_search", "github_repo_list");
    assertThat(m.tool("github_repo_list").orElseThrow().name()).isEqualTo("repo.list");
  }
}
