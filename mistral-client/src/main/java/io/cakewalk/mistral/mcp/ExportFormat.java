package io.cakewalk.mistral.mcp;

/**
 * The JSON shape of exported tool definitions. Both are arrays of Chat Completions tool entries
 * ({@code {"type":"function","function":{name, description, parameters}}}); names and schemas
 * always follow Mistral's stricter rules, which OpenAI-compatible servers also accept.
 */
public enum ExportFormat {
  /** Mistral {@code tools}: {@code strict} only when set. */
  MISTRAL,
  /**
   * OpenAI Chat Completions {@code tools}: {@code strict} always written ({@code false} default).
   */
  OPENAI
}
