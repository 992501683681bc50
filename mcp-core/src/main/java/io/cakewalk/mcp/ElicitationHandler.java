package io.cakewalk.mcp;

import io.cakewalk.mcp.schema.ElicitResult;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers a server's {@code elicitation/create} request (MCP 2025-11-25 "Elicitation"), either on a
 * legacy session stream or as a 2026-07-28 multi-round-trip input request. Setting one makes the
 * client declare the {@code elicitation} capability. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface ElicitationHandler {

  /**
   * Answers one elicitation.
   *
   * @param params the request's params: {@code message}, {@code requestedSchema}, optional {@code
   *     mode}
   */
  ElicitResult elicit(Map<String, Object> params);

  /**
   * A handler that accepts every form with the {@code default} values of the requested schema
   * (SEP-1034), for unattended runs; properties without a default are left out.
   */
  static ElicitationHandler acceptDefaults() {
    return params -> {
      Map<String, Object> content = new LinkedHashMap<>();
      if (params.get("requestedSchema") instanceof Map<?, ?> schema
          && schema.get("properties") instanceof Map<?, ?> properties) {
        properties.forEach(
            (name, property) -> {
              if (property instanceof Map<?, ?> p && p.containsKey("default")) {
                content.put(String.valueOf(name), p.get("default"));
              }
            });
      }
      return ElicitResult.accept(content);
    };
  }

  /** A handler that declines every request. */
  static ElicitationHandler decline() {
    return params -> ElicitResult.decline();
  }
}
