package io.cakewalk.mcp.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The client's answer to {@code elicitation/create}.
 *
 * @param action {@code accept}, {@code decline} or {@code cancel}, required
 * @param content the submitted form values when accepted, else {@code null}
 */
public record ElicitResult(String action, Map<String, Object> content) {

  public ElicitResult {
    if (!"accept".equals(action) && !"decline".equals(action) && !"cancel".equals(action)) {
      throw new IllegalArgumentException(
          "elicitation action must be accept, decline or cancel, not " + action);
    }
    content = content == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(content));
  }

  /** The user accepted and submitted {@code content}. */
  public static ElicitResult accept(Map<String, Object> content) {
    return new ElicitResult("accept", content);
  }

  /** The user declined. */
  public static ElicitResult decline() {
    return new ElicitResult("decline", null);
  }
}
