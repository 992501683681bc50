package io.cakewalk.mcp.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A parameterised resource ({@code resources/templates/list}), an RFC 6570 URI template.
 *
 * @param uriTemplate the URI template, required
 * @param name programmatic name, required
 * @param title optional display name
 * @param description optional description
 * @param mimeType optional media type
 * @param annotations optional hints
 * @param icons optional icons
 * @param meta optional {@code _meta}
 */
public record ResourceTemplate(
    String uriTemplate,
    String name,
    String title,
    String description,
    String mimeType,
    Annotations annotations,
    List<Icon> icons,
    @JsonProperty("_meta") Map<String, Object> meta) {

  public ResourceTemplate {
    if (uriTemplate == null || name == null) {
      throw new IllegalArgumentException("resource template needs a uriTemplate and a name");
    }
    icons = icons == null ? null : List.copyOf(icons);
    meta = Tool.freeze(meta);
  }

  /** A template with the common fields. */
  public static ResourceTemplate of(
      String uriTemplate, String name, String description, String mimeType) {
    return new ResourceTemplate(uriTemplate, name, null, description, mimeType, null, null, null);
  }
}
