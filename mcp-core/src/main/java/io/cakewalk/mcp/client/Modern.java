package io.cakewalk.mcp.client;

import io.cakewalk.mcp.McpTransportException;
import io.cakewalk.mcp.internal.Json;
import io.cakewalk.mcp.jsonrpc.JsonRpcError;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage.Request;
import io.cakewalk.mcp.schema.ProtocolVersion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 2026-07-28 request rules (MCP 2026-07-28 "Base protocol" §_meta, "Transports" §headers,
 * "Patterns" §MRTR): per-request {@code _meta}, standard headers, version choice after {@code
 * -32022}, and the parameters of a multi-round-trip retry.
 */
final class Modern {

  static final String VERSION = "io.modelcontextprotocol/protocolVersion";
  static final String CAPABILITIES = "io.modelcontextprotocol/clientCapabilities";
  static final String CLIENT_INFO = "io.modelcontextprotocol/clientInfo";

  private Modern() {}

  /** {@code params} with the client's version, capabilities and identity added to {@code _meta}. */
  static Map<String, Object> withMeta(
      Map<String, Object> params,
      ProtocolVersion version,
      ClientInbound inbound,
      ClientConfig config) {
    Map<String, Object> out = new LinkedHashMap<>(params);
    Map<String, Object> meta = new LinkedHashMap<>();
    if (params.get("_meta") instanceof Map<?, ?> existing) {
      existing.forEach((k, v) -> meta.put(String.valueOf(k), v));
    }
    meta.put(VERSION, version.wire());
    meta.put(CAPABILITIES, inbound.capabilities(version));
    meta.put(CLIENT_INFO, Json.toMap(config.clientInfo()));
    out.put("_meta", meta);
    return out;
  }

  /** Whether {@code request} is a 2026-07-28 one, which names its revision in {@code _meta}. */
  static boolean isStateless(Request request) {
    return request.params() != null
        && request.params().get("_meta") instanceof Map<?, ?> meta
        && meta.containsKey(VERSION);
  }

  /** {@code MCP-Protocol-Version}, {@code Mcp-Method} and, where defined, {@code Mcp-Name}. */
  static Map<String, String> headers(Request request, ProtocolVersion version) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("MCP-Protocol-Version", version.wire());
    headers.put("Mcp-Method", request.method());
    Map<String, Object> p = request.params() == null ? Map.of() : request.params();
    Object name =
        switch (request.method()) {
          case "tools/call", "prompts/get" -> p.get("name");
          case "resources/read" -> p.get("uri");
          default -> null;
        };
    if (name instanceof String s) {
      headers.put("Mcp-Name", ToolHeaders.encode(s));
    }
    return headers;
  }

  /** The newest modern version both sides support, from a {@code -32022} error's data. */
  static ProtocolVersion chooseVersion(JsonRpcError error) {
    List<String> supported = supported(error);
    for (ProtocolVersion v : ProtocolVersion.values()) {
      if (v.isModern() && supported.contains(v.wire())) {
        return v;
      }
    }
    throw new McpTransportException(
        "server supports protocol versions "
            + supported
            + " but none of this client's modern"
            + " versions; connect in legacy mode instead",
        null);
  }

  /** The versions listed in a {@code -32022} error, or an empty list. */
  static List<String> supported(JsonRpcError error) {
    if (error.data() instanceof Map<?, ?> data && data.get("supported") instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return List.of();
  }

  /**
   * The params of the next round: the original params with the answers to {@code inputRequests} and
   * the server's {@code requestState} unchanged (omitted when the server sent none).
   */
  static Map<String, Object> retryParams(
      Map<String, Object> original, Map<String, Object> result, ClientInbound inbound) {
    Map<String, Object> out = new LinkedHashMap<>(original);
    out.put("inputResponses", inbound.inputResponses(result.get("inputRequests")));
    Object state = result.get("requestState");
    if (state != null) {
      out.put("requestState", state);
    } else {
      out.remove("requestState");
    }
    return out;
  }
}
