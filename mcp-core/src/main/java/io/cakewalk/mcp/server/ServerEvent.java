package io.cakewalk.mcp.server;

import java.util.Map;

/**
 * A server-initiated notification not tied to a request: a list changed, or a subscribed resource
 * was updated.
 *
 * @param kind which list or the resource update
 * @param uri the updated resource's URI for {@link Kind#RESOURCE_UPDATED}, else {@code null}
 */
record ServerEvent(Kind kind, String uri) {

  enum Kind {
    TOOLS("notifications/tools/list_changed"),
    PROMPTS("notifications/prompts/list_changed"),
    RESOURCES("notifications/resources/list_changed"),
    RESOURCE_UPDATED("notifications/resources/updated");

    final String method;

    Kind(String method) {
      this.method = method;
    }
  }

  /** The notification's params ({@code null} for list changes). */
  Map<String, Object> params() {
    return uri == null ? null : Map.of("uri", uri);
  }
}
