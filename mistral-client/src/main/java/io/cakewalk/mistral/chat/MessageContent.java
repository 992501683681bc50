package io.cakewalk.mistral.chat;

import com.fasterxml.jackson.annotation.JsonValue;
import io.cakewalk.mistral.internal.MessageContentDeserializer;
import java.util.List;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The content of a message: plain text or a list of content chunks. */
@JsonDeserialize(using = MessageContentDeserializer.class)
public sealed interface MessageContent permits MessageContent.Text, MessageContent.Chunks {

  /** Plain text content, written as a JSON string. */
  static MessageContent of(String text) {
    return new Text(text);
  }

  /** Chunk content, written as a JSON array. */
  static MessageContent of(List<ContentChunk> chunks) {
    return new Chunks(chunks);
  }

  /** The concatenated visible text: the string, or the text of all {@code text} chunks. */
  String text();

  /**
   * Plain text.
   *
   * @param value the text, may be empty
   */
  record Text(@JsonValue String value) implements MessageContent {
    public Text {
      if (value == null) {
        throw new IllegalArgumentException("text content must not be null");
      }
    }

    @Override
    public String text() {
      return value;
    }
  }

  /**
   * A chunk list, e.g. thinking and text chunks from a reasoning model.
   *
   * @param chunks the chunks
   */
  record Chunks(@JsonValue List<ContentChunk> chunks) implements MessageContent {
    public Chunks {
      chunks = chunks == null ? List.of() : chunks.stream().filter(c -> c != null).toList();
    }

    @Override
    public String text() {
      StringBuilder sb = new StringBuilder();
      for (ContentChunk c : chunks) {
        if (c instanceof ContentChunk.Text t) {
          sb.append(t.text());
        }
      }
      return sb.toString();
    }

    /** The concatenated text of the thinking chunks (reasoning), empty when there is none. */
    public String thinking() {
      StringBuilder sb = new StringBuilder();
      for (ContentChunk c : chunks) {
        if (c instanceof ContentChunk.Thinking th) {
          for (ContentChunk inner : th.thinking()) {
            if (inner instanceof ContentChunk.Text t) {
              sb.append(t.text());
            }
          }
        }
      }
      return sb.toString();
    }
  }
}
