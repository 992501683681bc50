package io.cakewalk.mcp.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * The contents of a resource: exactly one of {@code text} or {@code blob} (base64).
 *
 * @param uri the resource URI, required
 * @param mimeType optional media type
 * @param text text contents, or {@code null}
 * @param blob base64 binary contents, or {@code null}
 * @param meta optional {@code _meta}
 */
public record ResourceContents(
    String uri,
    String mimeType,
    String text,
    String blob,
    @JsonProperty("_meta") Map<String, Object> meta) {

  public ResourceContents {
    if (uri == null) {
      throw new IllegalArgumentException("resource contents need a uri");
    }
    if ((text == null) == (blob == null)) {
      throw new IllegalArgumentException("resource contents need exactly one of text or blob");
    }
  }

  public static ResourceContents text(String uri, String mimeType, String text) {
    return new ResourceContents(uri, mimeType, text, null, null);
  }

  public static ResourceContents blob(String uri, String mimeType, String base64) {
    return new ResourceContents(uri, mimeType, null, base64, null);
  }
}
