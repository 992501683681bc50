package io.cakewalk.mcp.schema;

/**
 * Name and version of an MCP client or server ({@code clientInfo}, {@code serverInfo}).
 *
 * @param name programmatic name, required
 * @param version version string, required
 * @param title optional display name
 */
public record Implementation(String name, String version, String title) {

  public Implementation {
    if (name == null || version == null) {
      throw new IllegalArgumentException("implementation needs a name and a version");
    }
  }

  public Implementation(String name, String version) {
    this(name, version, null);
  }
}
