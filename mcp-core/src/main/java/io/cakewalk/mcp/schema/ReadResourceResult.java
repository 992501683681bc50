package io.cakewalk.mcp.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The result of {@code resources/read}.
 *
 * @param contents the contents, never {@code null}
 * @param meta optional {@code _meta}
 */
public record ReadResourceResult(
    List<ResourceContents> contents, @JsonProperty("_meta") Map<String, Object> meta) {

  public ReadResourceResult {
    contents = contents == null ? List.of() : List.copyOf(contents);
    meta = Tool.freeze(meta);
  }

  /** A result with one contents entry. */
  public static ReadResourceResult of(ResourceContents contents) {
    return new ReadResourceResult(List.of(contents), null);
  }
}
