package io.cakewalk.mistral.fake;

import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * One request the fake Mistral received.
 *
 * @param method HTTP method
 * @param path request path
 * @param query raw query string, or {@code null}
 * @param authorization the Authorization header
 * @param body body text, empty when none
 */
public record Received(
    String method, String path, String query, String authorization, String body) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The body as a map. */
  public Map<String, Object> json() {
    return JSON.readValue(body, new TypeReference<Map<String, Object>>() {});
  }
}
