package io.cakewalk.mcp.schema;

/**
 * One message of a prompt ({@code prompts/get}).
 *
 * @param role {@code "user"} or {@code "assistant"}, required
 * @param content the content block, required
 */
public record PromptMessage(String role, Content content) {

  public PromptMessage {
    if (!"user".equals(role) && !"assistant".equals(role)) {
      throw new IllegalArgumentException("prompt message role must be user or assistant");
    }
    if (content == null) {
      throw new IllegalArgumentException("prompt message needs content");
    }
  }

  /** A user message. */
  public static PromptMessage user(Content content) {
    return new PromptMessage("user", content);
  }
}
