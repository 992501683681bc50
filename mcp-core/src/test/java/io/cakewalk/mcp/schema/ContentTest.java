package io.cakewalk.mcp.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.mcp.internal.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentTest {

  @Test
  void readsEveryContentType() {
    CallToolResult result =
        Json.convert(
            Json.object(
                """
                {"content":[
                  {"type":"text","text":"hi","annotations":{"audience":["user"],"priority":0.5}},
                  {"type":"image","data":"AAAA","mimeType":"image/png"},
                  {"type":"audio","data":"BBBB","mimeType":"audio/wav"},
                  {"type":"resource_link","uri":"test://r","name":"r","size":12},
                  {"type":"resource","resource":{"uri":"test://e","mimeType":"text/plain","text":"t"}}
                ],"structuredContent":{"n":1},"isError":false}
                """),
            CallToolResult.class);

    assertThat(result.content())
        .hasExactlyElementsOfTypes(
            Content.Text.class,
            Content.Image.class,
            Content.Audio.class,
            Content.ResourceLink.class,
            Content.EmbeddedResource.class);
    assertThat(result.content().get(0).annotations().priority()).isEqualTo(0.5);
    assertThat(((Content.ResourceLink) result.content().get(3)).size()).isEqualTo(12L);
    assertThat(result.structuredContent()).isEqualTo(Map.of("n", 1));
    assertThat(result.failed()).isFalse();
  }

  @Test
  void writesTheTypeDiscriminator() {
    assertThat(Json.write(CallToolResult.error("boom")))
        .isEqualTo("{\"content\":[{\"type\":\"text\",\"text\":\"boom\"}],\"isError\":true}");
  }

  @Test
  void resourceContentsNeedExactlyOneOfTextOrBlob() {
    assertThat(ResourceContents.blob("u", null, "AA").text()).isNull();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new ResourceContents("u", null, "t", "AA", null))
        .hasMessageContaining("exactly one");
  }
}
