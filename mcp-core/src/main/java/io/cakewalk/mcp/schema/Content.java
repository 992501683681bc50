package io.cakewalk.mcp.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Map;

/** A content block of a tool result, prompt message or sampling message. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Content.Text.class, name = "text"),
  @JsonSubTypes.Type(value = Content.Image.class, name = "image"),
  @JsonSubTypes.Type(value = Content.Audio.class, name = "audio"),
  @JsonSubTypes.Type(value = Content.ResourceLink.class, name = "resource_link"),
  @JsonSubTypes.Type(value = Content.EmbeddedResource.class, name = "resource")
})
public sealed interface Content
    permits Content.Text,
        Content.Image,
        Content.Audio,
        Content.ResourceLink,
        Content.EmbeddedResource {

  /** Optional audience, priority and modification hints. */
  Annotations annotations();

  /** Plain text. */
  record Text(String text, Annotations annotations, @JsonProperty("_meta") Map<String, Object> meta)
      implements Content {
    public Text {
      if (text == null) {
        throw new IllegalArgumentException("text content needs text");
      }
    }

    public Text(String text) {
      this(text, null, null);
    }
  }

  /** A base64-encoded image. */
  record Image(
      String data,
      String mimeType,
      Annotations annotations,
      @JsonProperty("_meta") Map<String, Object> meta)
      implements Content {
    public Image {
      if (data == null || mimeType == null) {
        throw new IllegalArgumentException("image content needs data and mimeType");
      }
    }
  }

  /** Base64-encoded audio. */
  record Audio(
      String data,
      String mimeType,
      Annotations annotations,
      @JsonProperty("_meta") Map<String, Object> meta)
      implements Content {
    public Audio {
      if (data == null || mimeType == null) {
        throw new IllegalArgumentException("audio content needs data and mimeType");
      }
    }
  }

  /** A link to a resource the client may read. */
  record ResourceLink(
      String uri,
      String name,
      String title,
      String description,
      String mimeType,
      Long size,
      Annotations annotations,
      @JsonProperty("_meta") Map<String, Object> meta)
      implements Content {
    public ResourceLink {
      if (uri == null || name == null) {
        throw new IllegalArgumentException("resource link needs a uri and a name");
      }
    }
  }

  /** A resource embedded in the message. */
  record EmbeddedResource(
      ResourceContents resource,
      Annotations annotations,
      @JsonProperty("_meta") Map<String, Object> meta)
      implements Content {
    public EmbeddedResource {
      if (resource == null) {
        throw new IllegalArgumentException("embedded resource needs resource contents");
      }
    }
  }
}
