package io.cakewalk.mcp.client;

import io.cakewalk.mcp.McpClient.Transport;
import io.cakewalk.mcp.McpTransportException;
import io.cakewalk.mcp.ServerSummary;
import io.cakewalk.mcp.internal.Json;
import io.cakewalk.mcp.schema.CallToolResult;
import io.cakewalk.mcp.schema.Implementation;
import io.cakewalk.mcp.schema.ProtocolVersion;
import io.cakewalk.mcp.schema.ServerCapabilities;
import java.util.Map;

/** Turns result objects into records, tolerating what the spec lets servers leave out. */
final class Summaries {

  private Summaries() {}

  static ServerSummary legacy(Map<String, Object> result, ProtocolVersion version, Transport used) {
    return new ServerSummary(
        ServerSummary.Era.LEGACY,
        version,
        used,
        implementation(result.get("serverInfo")),
        capabilities(result.get("capabilities")),
        result.get("instructions") instanceof String s ? s : null);
  }

  /** From a {@code server/discover} result; {@code serverInfo} in {@code _meta} or top level. */
  static ServerSummary modern(Map<String, Object> result, ProtocolVersion version, Transport used) {
    Object info =
        result.get("_meta") instanceof Map<?, ?> meta
            ? meta.get("io.modelcontextprotocol/serverInfo")
            : null;
    if (info == null) {
      info = result.get("serverInfo");
    }
    return new ServerSummary(
        ServerSummary.Era.MODERN,
        version,
        used,
        implementation(info),
        capabilities(result.get("capabilities")),
        result.get("instructions") instanceof String s ? s : null);
  }

  static CallToolResult callToolResult(Map<String, Object> result, String tool) {
    try {
      return Json.convert(result, CallToolResult.class);
    } catch (RuntimeException e) {
      throw new McpTransportException(
          "server sent a malformed result for tool '" + tool + "': " + HttpAdapter.oneLine(e), e);
    }
  }

  private static Implementation implementation(Object value) {
    try {
      return value instanceof Map<?, ?> ? Json.convert(value, Implementation.class) : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static ServerCapabilities capabilities(Object value) {
    try {
      return value instanceof Map<?, ?> ? Json.convert(value, ServerCapabilities.class) : null;
    } catch (RuntimeException e) {
      return null;
    }
  }
}
