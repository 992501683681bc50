package io.cakewalk.mistral.mcp;

import io.cakewalk.mcp.schema.Tool;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A reversible, collision-free mapping of MCP tool names into Mistral's {@code
 * ^[a-zA-Z0-9_-]{1,64}$}. Valid names keep their spelling and are assigned first; others have each
 * invalid character replaced by {@code _}, and when the result is empty, too long or taken, become
 * its first 55 characters plus {@code _} and 8 hex digits of the SHA-256 of the MCP name. Reverse
 * lookups go through the map, never by undoing the transform.
 */
public final class ToolNameMap {

  private static final Pattern VALID = Pattern.compile("^[a-zA-Z0-9_-]{1,64}$");
  private static final Pattern INVALID_CHAR = Pattern.compile("[^a-zA-Z0-9_-]");

  private final Map<String, Tool> byMistral = new LinkedHashMap<>();
  private final Map<String, String> mistralByMcp = new HashMap<>();

  private ToolNameMap() {}

  /** Maps the tools of one server. */
  public static ToolNameMap of(List<Tool> tools) {
    return of(null, tools);
  }

  /**
   * Maps the tools of one server, prefixing each name with {@code <prefix>_} (for sets that join
   * several servers); {@code prefix} may be {@code null}.
   */
  public static ToolNameMap of(String prefix, List<Tool> tools) {
    ToolNameMap map = new ToolNameMap();
    Map<Tool, String> candidates = new LinkedHashMap<>();
    for (Tool t : tools) {
      candidates.put(t, prefix == null || prefix.isEmpty() ? t.name() : prefix + "_" + t.name());
    }
    candidates.forEach(
        (tool, candidate) -> {
          if (VALID.matcher(candidate).matches() && !map.byMistral.containsKey(candidate)) {
            map.put(candidate, tool);
          }
        });
    candidates.forEach(
        (tool, candidate) -> {
          if (!map.mistralByMcp.containsKey(tool.name())) {
            map.put(map.derive(tool.name(), candidate), tool);
          }
        });
    return map;
  }

  private String derive(String mcpName, String candidate) {
    String cleaned = INVALID_CHAR.matcher(candidate).replaceAll("_");
    if (!cleaned.isEmpty() && cleaned.length() <= 64 && !byMistral.containsKey(cleaned)) {
      return cleaned;
    }
    String head = cleaned.length() > 55 ? cleaned.substring(0, 55) : cleaned;
    String hashed = head + "_" + sha256Hex8(mcpName);
    for (int i = 2; byMistral.containsKey(hashed); i++) {
      hashed = head.substring(0, Math.min(head.length(), 52)) + "_" + sha256Hex8(mcpName + "#" + i);
    }
    return hashed;
  }

  private void put(String mistralName, Tool tool) {
    if (mistralByMcp.containsKey(tool.name())) {
      throw new IllegalArgumentException("duplicate MCP tool name '" + tool.name() + "'");
    }
    byMistral.put(mistralName, tool);
    mistralByMcp.put(tool.name(), mistralName);
  }

  private static String sha256Hex8(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
    }
  }

  /** The Mistral name of an MCP tool, if it is in the set. */
  public Optional<String> mistralName(String mcpName) {
    return Optional.ofNullable(mistralByMcp.get(mcpName));
  }

  /** The MCP tool behind a Mistral name, if any. */
  public Optional<Tool> tool(String mistralName) {
    return Optional.ofNullable(byMistral.get(mistralName));
  }

  /** Mistral name to MCP tool, in assignment order. */
  public Map<String, Tool> entries() {
    return Collections.unmodifiableMap(byMistral);
  }

  /** The number of tools. */
  public int size() {
    return byMistral.size();
  }
}
