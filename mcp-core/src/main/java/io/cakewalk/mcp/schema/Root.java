package io.cakewalk.mcp.schema;

/**
 * A filesystem root the client exposes to the server ({@code roots/list}).
 *
 * @param uri a {@code file://} URI, required
 * @param name optional display name
 */
public record Root(String uri, String name) {

  public Root {
    if (uri == null || !uri.startsWith("file://")) {
      throw new IllegalArgumentException("root uri must be a file:// URI, not " + uri);
    }
  }
}
