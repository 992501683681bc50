package io.cakewalk.mcp;

import io.cakewalk.mcp.schema.Implementation;
import io.cakewalk.mcp.schema.ProtocolVersion;
import io.cakewalk.mcp.schema.ServerCapabilities;

/**
 * What {@link McpClient#connect()} learned about the server.
 *
 * @param era whether the server speaks the session (legacy) or stateless (modern) protocol
 * @param protocolVersion the negotiated revision
 * @param transport the transport actually in use (never {@code AUTO})
 * @param serverInfo the server's name and version, or {@code null} if it sent none
 * @param capabilities what the server offers, or {@code null} if unknown
 * @param instructions optional hint for the model, or {@code null}
 */
public record ServerSummary(
    Era era,
    ProtocolVersion protocolVersion,
    McpClient.Transport transport,
    Implementation serverInfo,
    ServerCapabilities capabilities,
    String instructions) {

  public ServerSummary {
    if (era == null || protocolVersion == null || transport == null) {
      throw new IllegalArgumentException("summary needs an era, a version and a transport");
    }
  }

  /** The two protocol eras (MCP 2026-07-28 "Versioning"). */
  public enum Era {
    /** Revisions up to 2025-11-25: {@code initialize} opens a session. */
    LEGACY,
    /** 2026-07-28 and later: version and capabilities travel in every request's {@code _meta}. */
    MODERN
  }
}
