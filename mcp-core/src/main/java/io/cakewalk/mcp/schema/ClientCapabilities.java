package io.cakewalk.mcp.schema;

import java.util.Map;

/**
 * What a client offers. Each member is present ({@code {}} or with flags) when offered and {@code
 * null} when not.
 */
public record ClientCapabilities(
    Map<String, Object> roots,
    Map<String, Object> sampling,
    Map<String, Object> elicitation,
    Map<String, Object> experimental,
    Map<String, Object> extensions) {

  public ClientCapabilities {
    roots = Tool.freeze(roots);
    sampling = Tool.freeze(sampling);
    elicitation = Tool.freeze(elicitation);
    experimental = Tool.freeze(experimental);
    extensions = Tool.freeze(extensions);
  }

  /** No capabilities at all. */
  public static ClientCapabilities none() {
    return new ClientCapabilities(null, null, null, null, null);
  }
}
