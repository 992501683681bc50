package io.cakewalk.mistral.connectors;

import java.util.List;
import java.util.Map;

/**
 * The result of calling a connector tool ({@code ConnectorToolCallResponse}): MCP content blocks,
 * with {@code isError} and {@code structuredContent} under {@code metadata.mcp_meta}.
 *
 * @param content MCP content blocks ({@code text}, {@code image}, …) as plain maps
 * @param metadata metadata, e.g. {@code mcp_meta}
 */
public record ConnectorToolResult(List<Map<String, Object>> content, Map<String, Object> metadata) {

  public ConnectorToolResult {
    content = content == null ? List.of() : List.copyOf(content);
    metadata = metadata == null ? Map.of() : metadata;
  }

  /** The text of all {@code text} blocks, joined by newlines. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    for (Map<String, Object> block : content) {
      if ("text".equals(block.get("type")) && block.get("text") instanceof String t) {
        sb.append(sb.length() == 0 ? "" : "\n").append(t);
      }
    }
    return sb.toString();
  }

  /** Whether the tool reported a failure ({@code mcp_meta.isError}). */
  public boolean isError() {
    return mcpMeta().get("isError") instanceof Boolean b && b;
  }

  /** The structured content, or {@code null}. */
  public Object structuredContent() {
    return mcpMeta().get("structuredContent");
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> mcpMeta() {
    return metadata.get("mcp_meta") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }
}
