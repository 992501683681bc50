package io.cakewalk.mcp;

import io.cakewalk.mcp.schema.ProtocolVersion;

/**
 * How the client chooses the protocol era when it connects (MCP 2026-07-28 "Versioning", backward
 * compatibility with initialization-based versions).
 *
 * <ul>
 *   <li>{@link #legacy()}: the {@code initialize} handshake, offering 2025-11-25 and accepting what
 *       the server negotiates down to; the default.
 *   <li>{@link #auto()}: probe with a modern {@code server/discover} request first and fall back to
 *       {@code initialize} when the answer proves a legacy server.
 *   <li>{@link #pin(ProtocolVersion)}: speak exactly this revision, modern or legacy.
 * </ul>
 */
public sealed interface ProtocolMode
    permits ProtocolMode.Legacy, ProtocolMode.Auto, ProtocolMode.Pinned {

  /** The {@code initialize} handshake, negotiating down from the newest legacy revision. */
  static ProtocolMode legacy() {
    return new Legacy();
  }

  /** Era detection: modern first, legacy fallback. */
  static ProtocolMode auto() {
    return new Auto();
  }

  /** Exactly one revision; the connection fails if the server does not speak it. */
  static ProtocolMode pin(ProtocolVersion version) {
    return new Pinned(version);
  }

  /** See {@link #legacy()}. */
  record Legacy() implements ProtocolMode {}

  /** See {@link #auto()}. */
  record Auto() implements ProtocolMode {}

  /**
   * See {@link #pin(ProtocolVersion)}.
   *
   * @param version the revision to speak, required
   */
  record Pinned(ProtocolVersion version) implements ProtocolMode {
    public Pinned {
      if (version == null) {
        throw new IllegalArgumentException("pinned protocol version must not be null");
      }
    }
  }
}
