package io.cakewalk.mistral.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * One chunk of message content, discriminated by {@code type} (spec {@code ContentChunk}, plus
 * {@code tool_reference} which appears inside thinking chunks). Unknown types are skipped on input.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ContentChunk.Text.class, name = "text"),
  @JsonSubTypes.Type(value = ContentChunk.ImageUrl.class, name = "image_url"),
  @JsonSubTypes.Type(value = ContentChunk.DocumentUrl.class, name = "document_url"),
  @JsonSubTypes.Type(value = ContentChunk.Reference.class, name = "reference"),
  @JsonSubTypes.Type(value = ContentChunk.File.class, name = "file"),
  @JsonSubTypes.Type(value = ContentChunk.Thinking.class, name = "thinking"),
  @JsonSubTypes.Type(value = ContentChunk.InputAudio.class, name = "input_audio"),
  @JsonSubTypes.Type(value = ContentChunk.ToolReference.class, name = "tool_reference")
})
public sealed interface ContentChunk {

  /**
   * A text chunk.
   *
   * @param text the text
   */
  record Text(String text) implements ContentChunk {
    public Text {
      if (text == null) {
        throw new IllegalArgumentException("text chunk needs text");
      }
    }
  }

  /**
   * An image by URL or {@code data:} URI.
   *
   * @param imageUrl the image
   */
  record ImageUrl(@JsonProperty("image_url") Image imageUrl) implements ContentChunk {
    public ImageUrl {
      if (imageUrl == null) {
        throw new IllegalArgumentException("image_url chunk needs an image");
      }
    }

    /** An image chunk for a URL. */
    public static ImageUrl of(String url) {
      return new ImageUrl(new Image(url, null));
    }

    /**
     * The image reference.
     *
     * @param url URL or data URI
     * @param detail optional {@code low}, {@code auto} or {@code high}
     */
    public record Image(String url, String detail) {
      public Image {
        if (url == null || url.isEmpty()) {
          throw new IllegalArgumentException("image needs a url");
        }
      }
    }
  }

  /**
   * A document by URL.
   *
   * @param documentUrl the URL
   * @param documentName optional file name
   */
  record DocumentUrl(
      @JsonProperty("document_url") String documentUrl,
      @JsonProperty("document_name") String documentName)
      implements ContentChunk {
    public DocumentUrl {
      if (documentUrl == null) {
        throw new IllegalArgumentException("document_url chunk needs a URL");
      }
    }
  }

  /**
   * References to sources (integers or strings).
   *
   * @param referenceIds the ids
   */
  record Reference(@JsonProperty("reference_ids") List<Object> referenceIds)
      implements ContentChunk {
    public Reference {
      referenceIds = referenceIds == null ? List.of() : List.copyOf(referenceIds);
    }
  }

  /**
   * An uploaded file.
   *
   * @param fileId the file UUID
   */
  record File(@JsonProperty("file_id") String fileId) implements ContentChunk {
    public File {
      if (fileId == null) {
        throw new IllegalArgumentException("file chunk needs a file_id");
      }
    }
  }

  /**
   * Reasoning ("thinking") content from a reasoning model.
   *
   * @param thinking inner text or reference chunks
   * @param signature optional signature to replay reasoning across turns
   * @param closed optional; whether the thinking block is closed
   */
  record Thinking(List<ContentChunk> thinking, String signature, Boolean closed)
      implements ContentChunk {
    public Thinking {
      thinking = thinking == null ? List.of() : thinking.stream().filter(c -> c != null).toList();
    }
  }

  /**
   * Base64 audio input.
   *
   * @param inputAudio the audio data
   */
  record InputAudio(@JsonProperty("input_audio") String inputAudio) implements ContentChunk {
    public InputAudio {
      if (inputAudio == null) {
        throw new IllegalArgumentException("input_audio chunk needs data");
      }
    }
  }

  /**
   * A reference to a built-in tool's source, found inside thinking chunks.
   *
   * @param tool tool name
   * @param title source title
   * @param url optional URL
   * @param favicon optional favicon URL
   * @param description optional description
   */
  record ToolReference(String tool, String title, String url, String favicon, String description)
      implements ContentChunk {}
}
