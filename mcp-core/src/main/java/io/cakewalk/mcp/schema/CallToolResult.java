package io.cakewalk.mcp.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The result of {@code tools/call}. A failed tool is a result with {@code isError: true}, not an
 * exception.
 *
 * @param content the content blocks, never {@code null} (empty when absent)
 * @param structuredContent optional structured output: an object up to 2025-11-25, any JSON value
 *     in 2026-07-28
 * @param isError {@code true} when the tool failed; {@code null} means false
 * @param meta optional {@code _meta}
 */
public record CallToolResult(
    List<Content> content,
    Object structuredContent,
    Boolean isError,
    @JsonProperty("_meta") Map<String, Object> meta) {

  public CallToolResult {
    content = content == null ? List.of() : List.copyOf(content);
  }

  /** A successful result with one text block. */
  public static CallToolResult text(String text) {
    return new CallToolResult(List.of(new Content.Text(text)), null, null, null);
  }

  /** A failed result with one text block explaining the failure. */
  public static CallToolResult error(String text) {
    return new CallToolResult(List.of(new Content.Text(text)), null, true, null);
  }

  /** Whether the tool reported a failure. */
  public boolean failed() {
    return Boolean.TRUE.equals(isError);
  }
}
