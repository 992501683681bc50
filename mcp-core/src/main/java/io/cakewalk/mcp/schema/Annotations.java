package io.cakewalk.mcp.schema;

import java.util.List;

/**
 * Optional hints on a content block or resource.
 *
 * @param audience who the content is for: {@code "user"} and/or {@code "assistant"}
 * @param priority importance from 0 (least) to 1 (most)
 * @param lastModified ISO 8601 timestamp
 */
public record Annotations(List<String> audience, Double priority, String lastModified) {

  public Annotations {
    audience = audience == null ? null : List.copyOf(audience);
  }
}
