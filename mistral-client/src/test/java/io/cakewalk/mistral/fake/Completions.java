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
    return body(
        "{\"role\":\"assistant\",\"content\":\"\",\"tool_calls\":"
            + callArray(calls)
            + ",\"prefix\":false}",
        "tool_calls");
  }

  /** SSE payloads of a streamed text answer: one delta per piece, the last finishing with stop. */
  public static List<String> textChunks(String... pieces) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < pieces.length; i++) {
      boolean last = i == pieces.length - 1;
      out.add(
          chunk(
              "{\"role\":\"assistant\",\"content\":" + FakeMistral.quote(pieces[i]) + "}",
              last ? "stop" : null));
    }
    return out;
  }

  /** One SSE payload carrying whole tool calls, as Mistral streams them. */
  public static String toolCallsChunk(List<Map.Entry<String, String[]>> calls) {
    return chunk(
        "{\"role\":\"assistant\",\"content\":\"\",\"tool_calls\":" + callArray(calls) + "}",
        "tool_calls");
  }

  private static String chunk(String delta, String finish) {
    return "{\"id\":\"cmpl-s\",\"object\":\"chat.completion.chunk\",\"created\":1760000000,"
        + "\"model\":\"mistral-small-latest\",\"choices\":[{\"index\":0,\"delta\":"
        + delta
        + ",\"finish_reason\":"
        + (finish == null ? "null" : "\"" + finish + "\"")
        + "}]}";
  }

  private static String callArray(List<Map.Entry<String, String[]>> calls) {
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
    return "[" + String.join(",", parts) + "]";
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
