package io.cakewalk.mcp.schema;

import java.util.List;

/**
 * One page of {@code tools/list}.
 *
 * @param tools the tools on this page
 * @param nextCursor opaque cursor for the next page, or {@code null} on the last page
 */
public record ListToolsResult(List<Tool> tools, String nextCursor) {

  public ListToolsResult {
    tools = tools == null ? List.of() : List.copyOf(tools);
  }
}
