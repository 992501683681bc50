package io.cakewalk.mcp.client;

import io.cakewalk.mcp.McpClient.Transport;
import io.cakewalk.mcp.McpProtocolException;
import io.cakewalk.mcp.McpTransportException;
import io.cakewalk.mcp.ServerSummary;
import io.cakewalk.mcp.jsonrpc.JsonRpcError;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage.ErrorResponse;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage.Request;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage.Response;
import io.cakewalk.mcp.schema.ProtocolVersion;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Era detection (MCP 2026-07-28 "Versioning", backward compatibility): a modern {@code
 * server/discover} first; success or a modern error means a modern server; 400/404/405 without a
 * modern error means legacy. Authorization failures, 5xx, network errors and HTTP timeouts are
 * never evidence and surface as errors. On stdio any non-modern error or a timeout means legacy.
 */
final class EraProbe {

  /** Endpoint URL to "is modern", so later clients of the same server skip the probe. */
  private static final Map<String, Boolean> DECISIONS = new ConcurrentHashMap<>();

  private EraProbe() {}

  /**
   * The modern summary or {@code null} for a legacy server, from the cached decision for this
   * endpoint when there is one (re-probing when the cached modern assumption fails), else by
   * probing. stdio decisions are never shared between processes.
   */
  static ServerSummary detect(ClientSession session, Transport used) {
    if (used == Transport.STDIO) {
      return probe(session, used);
    }
    String key = session.config().uri().toString();
    Boolean modern = DECISIONS.get(key);
    if (Boolean.FALSE.equals(modern)) {
      return null;
    }
    if (Boolean.TRUE.equals(modern)) {
      try {
        return session.modernConnect(ProtocolVersion.V2026_07_28, used);
      } catch (McpTransportException | McpProtocolException e) {
        DECISIONS.remove(key);
      }
    }
    ServerSummary summary = probe(session, used);
    DECISIONS.put(key, summary != null);
    return summary;
  }

  /** Drops the cached decision, after the server turned out to be something else. */
  static void forget(ClientConfig config) {
    if (config.uri() != null) {
      DECISIONS.remove(config.uri().toString());
    }
  }

  /** The modern summary, or {@code null} when the server is legacy. */
  static ServerSummary probe(ClientSession session, Transport used) {
    boolean stdio = used == Transport.STDIO;
    ProtocolVersion version = ProtocolVersion.V2026_07_28;
    Request request =
        new Request(
            session.nextId(),
            "server/discover",
            Modern.withMeta(Map.of(), version, session.inbound(), session.config()));
    Channel.Reply reply;
    try {
      reply =
          session
              .channel()
              .exchange(
                  request,
                  Modern.headers(request, version),
                  stdio ? session.probeTimeout() : session.config().requestTimeout());
    } catch (McpTransportException e) {
      int s = e.status();
      if (s == 400 || s == 404 || s == 405 || (stdio && s == 0 && isTimeout(e))) {
        return null;
      }
      throw e;
    }
    if (reply.message() instanceof Response r) {
      Object type = r.result().get("resultType");
      if (type != null && !"complete".equals(type)) {
        throw new McpTransportException(
            "server answered server/discover with resultType '" + type + "'", null);
      }
      session.modern(version);
      return Summaries.modern(r.result(), version, used);
    }
    JsonRpcError error = ((ErrorResponse) reply.message()).error();
    int status = reply.status();
    if (error.code() == JsonRpcError.UNSUPPORTED_PROTOCOL_VERSION) {
      List<String> supported = Modern.supported(error);
      for (ProtocolVersion v : ProtocolVersion.values()) {
        if (v.isModern() && supported.contains(v.wire())) {
          return session.modernConnect(v, used);
        }
      }
      if (supported.stream().anyMatch(s -> ProtocolVersion.parse(s).isPresent())) {
        return null;
      }
      throw new McpTransportException(
          "server supports only protocol versions "
              + supported
              + ", none of which this client"
              + " speaks",
          status,
          null);
    }
    if (error.code() == JsonRpcError.HEADER_MISMATCH) {
      session.modern(version);
      throw new McpProtocolException(error);
    }
    if (error.isModernEraError()
        || (status == 404 && error.code() == JsonRpcError.METHOD_NOT_FOUND)) {
      session.modern(version);
      return Summaries.modern(Map.of(), version, used);
    }
    if (stdio || status / 100 == 2 || status == 400 || status == 404 || status == 405) {
      return null;
    }
    throw new McpTransportException(
        "server failed during protocol detection (HTTP "
            + status
            + ", error "
            + error.code()
            + ": "
            + error.message()
            + "); try again later",
        status,
        null);
  }

  private static boolean isTimeout(McpTransportException e) {
    return e.getMessage() != null && e.getMessage().startsWith("no answer from");
  }
}
