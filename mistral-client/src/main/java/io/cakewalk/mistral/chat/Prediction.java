package io.cakewalk.mistral.chat;

/**
 * Predicted output ({@code prediction}), written as {@code {"type":"content","content":…}}.
 *
 * @param type always {@code content}
 * @param content the expected completion
 */
public record Prediction(String type, String content) {

  public Prediction {
    if (!"content".equals(type)) {
      throw new IllegalArgumentException("prediction type must be 'content'");
    }
    content = content == null ? "" : content;
  }

  /** A content prediction. */
  public static Prediction content(String content) {
    return new Prediction("content", content);
  }
}
