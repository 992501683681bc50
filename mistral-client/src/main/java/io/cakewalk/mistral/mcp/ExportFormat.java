package io.cakewalk.mistral.mcp;

/**
 * The JSON dialect of exported tool definitions. Mistral and OpenAI Chat Completions share one
 * function-tool shape, {@code {"type":"function","function":{name, description, parameters,
 * strict}}}, and the same name rule ({@code ^[a-zA-Z0-9_-]{1,64}$}); Mistral's spec also defines
 * {@code strict} (default false), so it does not reject the field. They differ only in what {@code
 * strict: true} means: OpenAI enforces a JSON Schema subset in which every object is closed ({@code
 * "additionalProperties": false}) and lists every property in {@code required}, while Mistral
 * documents no such rule.
 */
public enum ExportFormat {
  /** Mistral {@code tools}: schemas as cleaned, {@code strict} only when set. */
  MISTRAL,
  /**
   * OpenAI Chat Completions {@code tools}: {@code strict} always written; with strict set, schemas
   * are rewritten into OpenAI's strict subset (optional properties become nullable), and a tool
   * whose schema allows extra properties is exported with {@code strict: false}.
   */
  OPENAI
}
