package io.cakewalk.mistral.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds completion bodies shaped like Mistral's (checked against the spec in tests). */
public final class Completions {

  private Completions() {}

  /** A text answer. */
  public static String text(String text) {
    return body(
        "{\"role\":\"assistant\",\"content\":"
            + FakeMistral.quote(text)
            + ",\"tool_calls\":null,\"prefix\":false}",
        "stop");
  }

  /** A tool-calling turn: each entry maps an id to {name, argumentsJson}. */
  public static String toolCalls(List<Map.Entry<String, String[]>> calls) {
    List<String> parts = new ArrayList<>();
    int i = 0;
    for (Map.Entry<String, String[]> c : calls) {
      parts.add(
          "{\"id\":\""
              + c.getKey()
              + "\",\"type\":\"function\",\"function\":{\"name\":\""
              + c.getValue()[0]
              + "\",\"arguments\":"
              + FakeMistral.quote(c.getValue()[1])
              + "},\"index\":"
              + i++
              + "}");
    }
    return body(
        "{\"role\":\"assistant\",\"content\":\"\",\"tool_calls\":["
            + String.join(",", parts)
            + "],\"prefix\":false}",
        "tool_calls");
  }

  private static String body(String message, String finish) {
    return "{\"id\":\"cmpl-1\",\"object\":\"chat.completion\",\"model\":\"mistral-small-latest\","
        + "\"created\":1760000000,\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":5,\"total_tokens\":15},"
        + "\"choices\":[{\"index\":0,\"message\":"
        + message
        + ",\"finish_reason\":\""
        + finish
        + "\"}]}";
  }
}
