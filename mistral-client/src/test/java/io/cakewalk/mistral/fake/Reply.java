package io.cakewalk.mistral.fake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scripted answer of the fake Mistral.
 *
 * @param status HTTP status
 * @param headers extra response headers
 * @param contentType content type
 * @param body body text
 */
public record Reply(int status, Map<String, String> headers, String contentType, String body) {

  /** A JSON answer. */
  public static Reply json(int status, String body) {
    return new Reply(status, Map.of(), "application/json", body);
  }

  /** A 200 JSON answer. */
  public static Reply ok(String body) {
    return json(200, body);
  }

  /** An SSE answer: each payload becomes one {@code data:} event, then {@code [DONE]}. */
  public static Reply sse(List<String> payloads) {
    StringBuilder sb = new StringBuilder();
    for (String p : payloads) {
      sb.append("data: ").append(p).append("\n\n");
    }
    sb.append("data: [DONE]\n\n");
    return new Reply(200, Map.of(), "text/event-stream", sb.toString());
  }

  /** A copy with one more header. */
  public Reply header(String name, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(name, value);
    return new Reply(status, h, contentType, body);
  }
}
