package io.cakewalk.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Runs the example against a real MCP server, configured by environment. */
class ExportMistralToolsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final WeatherServer mcp = new WeatherServer();

  @AfterEach
  void stop() {
    mcp.close();
  }

  private List<Map<String, Object>> export(Map<String, String> env) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ExportMistralTools.run(
        env::get,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    return JSON.readValue(
        out.toString(StandardCharsets.UTF_8), new TypeReference<List<Map<String, Object>>>() {});
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> function(Map<String, Object> tool) {
    return (Map<String, Object>) tool.get("function");
  }

  @Test
  void exportsMistralSafeNamesAndCleanedSchemas() {
    List<Map<String, Object>> tools = export(Map.of("MCP_URL", mcp.url()));

    Map<Object, Map<String, Object>> byName = new HashMap<>();
    tools.forEach(t -> byName.put(function(t).get("name"), function(t)));
    assertThat(byName).containsOnlyKeys("weather_get", "ping");
    assertThat(tools).allSatisfy(t -> assertThat(t).containsEntry("type", "function"));
    Map<String, Object> weather = byName.get("weather_get");
    assertThat(weather).containsEntry("description", "Current weather").doesNotContainKey("strict");
    assertThat(weather.get("parameters").toString()).doesNotContain("$schema").contains("city");
    assertThat(byName.get("ping").get("parameters"))
        .isEqualTo(Map.of("type", "object", "properties", Map.of()));
  }

  @Test
  void missingMcpUrlIsOneClearLine() {
    assertThatThrownBy(() -> export(Map.of()))
        .hasMessageContaining("MCP_URL")
        .hasMessageNotContaining("\n");
  }
}
