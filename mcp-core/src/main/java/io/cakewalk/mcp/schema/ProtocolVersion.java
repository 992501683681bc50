package io.cakewalk.mcp.schema;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The MCP protocol revisions this project speaks, newest first. Versions are compared as members of
 * this set, never as strings.
 */
public enum ProtocolVersion {
  /** Modern, stateless era: per-request {@code _meta}, {@code server/discover}. */
  V2026_07_28("2026-07-28"),
  /** The last legacy (session) revision. */
  V2025_11_25("2025-11-25"),
  V2025_06_18("2025-06-18"),
  V2025_03_26("2025-03-26"),
  /** The original HTTP+SSE transport. */
  V2024_11_05("2024-11-05");

  /** The newest legacy-era revision, the one a client offers in {@code initialize}. */
  public static final ProtocolVersion LATEST_LEGACY = V2025_11_25;

  private final String wire;

  ProtocolVersion(String wire) {
    this.wire = wire;
  }

  /** The version string as it appears on the wire. */
  public String wire() {
    return wire;
  }

  /** Whether this revision is the stateless modern era (2026-07-28 and later). */
  public boolean isModern() {
    return this == V2026_07_28;
  }

  /** Whether this revision sends the {@code MCP-Protocol-Version} header (2025-06-18 and later). */
  public boolean hasVersionHeader() {
    return compareTo(V2025_06_18) <= 0;
  }

  /** The known revision for a wire string. */
  public static Optional<ProtocolVersion> parse(String wire) {
    return Arrays.stream(values()).filter(v -> v.wire.equals(wire)).findFirst();
  }

  /** The legacy-era revisions, newest first. */
  public static List<ProtocolVersion> legacy() {
    return Arrays.stream(values()).filter(v -> !v.isModern()).toList();
  }

  @Override
  public String toString() {
    return wire;
  }
}
