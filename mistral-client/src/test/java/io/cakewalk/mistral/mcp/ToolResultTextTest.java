package io.cakewalk.mistral.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.mcp.schema.CallToolResult;
import io.cakewalk.mcp.schema.Content;
import io.cakewalk.mcp.schema.ResourceContents;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolResultTextTest {

  @Test
  void joinsTextAndPlaceholders() {
    CallToolResult r =
        new CallToolResult(
            List.of(
                new Content.Text("first"),
                new Content.Image("iVBOR", "image/png", null, null),
                new Content.Audio("UklG", "audio/wav", null, null),
                new Content.ResourceLink("file:///a.txt", "a", null, null, null, null, null, null),
                new Content.EmbeddedResource(
                    ResourceContents.text("file:///b.txt", "text/plain", "inline"), null, null),
                new Content.EmbeddedResource(
                    ResourceContents.blob("file:///c.bin", null, "AAAA"), null, null)),
            null,
            null,
            null);
    assertThat(ToolResultText.render(r))
        .isEqualTo(
            "first\n[image image/png omitted]\n[audio audio/wav omitted]\n[resource file:///a.txt]\ninline\n[resource file:///c.bin omitted]");
  }

  @Test
  void structuredContentBecomesJsonTextWhenThereIsNoText() {
    CallToolResult r = new CallToolResult(List.of(), Map.of("temp", 18), null, null);
    assertThat(ToolResultText.render(r)).isEqualTo("{\"temp\":18}");
    CallToolResult both =
        new CallToolResult(List.of(new Content.Text("18C")), Map.of("temp", 18), null, null);
    assertThat(ToolResultText.render(both)).isEqualTo("18C");
  }

  @Test
  void errorsArePrefixedAndEmptyIsSaid() {
    assertThat(ToolResultText.render(CallToolResult.error("no such city")))
        .isEqualTo("Error: no such city");
    assertThat(ToolResultText.render(new CallToolResult(List.of(), null, null, null)))
        .isEqualTo("(no output)");
  }

  @Test
  void longTextIsCutAndSaysSo() {
    String text = ToolResultText.render(CallToolResult.text("y".repeat(200)), 100);
    assertThat(text).startsWith("y".repeat(100)).endsWith("[truncated 100 characters]");
  }
}
