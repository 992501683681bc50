package io.cakewalk.mcp.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A resource a server offers ({@code resources/list}).
 *
 * @param uri the resource URI, required
 * @param name programmatic name, required
 * @param title optional display name
 * @param description optional description
 * @param mimeType optional media type
 * @param size optional size in bytes
 * @param annotations optional hints
 * @param icons optional icons
 * @param meta optional {@code _meta}
 */
public record Resource(
    String uri,
    String name,
    String title,
    String description,
    String mimeType,
    Long size,
    Annotations annotations,
    List<Icon> icons,
    @JsonProperty("_meta") Map<String, Object> meta) {

  public Resource {
    if (uri == null || name == null) {
      throw new IllegalArgumentException("resource needs a uri and a name");
    }
    icons = icons == null ? null : List.copyOf(icons);
    meta = Tool.freeze(meta);
  }

  /** A resource with the common fields. */
  public static Resource of(String uri, String name, String description, String mimeType) {
    return new Resource(uri, name, null, description, mimeType, null, null, null, null);
  }
}
