package io.cakewalk.mcp.schema;

import java.util.List;

/**
 * An icon for a tool, resource, prompt or implementation (2025-11-25).
 *
 * @param src an {@code https:} or {@code data:} URI, required
 * @param mimeType optional media type
 * @param sizes optional sizes such as {@code "48x48"} or {@code "any"}
 * @param theme optional {@code "light"} or {@code "dark"}
 */
public record Icon(String src, String mimeType, List<String> sizes, String theme) {

  public Icon {
    if (src == null) {
      throw new IllegalArgumentException("icon needs a src");
    }
    sizes = sizes == null ? null : List.copyOf(sizes);
  }
}
