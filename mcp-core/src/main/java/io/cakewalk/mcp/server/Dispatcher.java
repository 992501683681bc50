package io.cakewalk.mcp.server;

import io.cakewalk.mcp.jsonrpc.JsonRpcError;
import io.cakewalk.mcp.schema.CallToolResult;
import io.cakewalk.mcp.schema.CompleteResult;
import io.cakewalk.mcp.schema.GetPromptResult;
import io.cakewalk.mcp.schema.ProtocolVersion;
import io.cakewalk.mcp.schema.ReadResourceResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Answers MCP requests from the catalog, for either era; the transports own sessions, streams and
 * era-specific framing.
 */
final class Dispatcher {

  /** Methods whose handlers may block or stream, so they run on the server's pool. */
  static boolean runsHandler(String method) {
    return switch (method) {
      case "tools/call", "prompts/get", "resources/read", "completion/complete" -> true;
      default -> false;
    };
  }

  private final McpServer server;

  Dispatcher(McpServer server) {
    this.server = server;
  }

  McpServer server() {
    return server;
  }

  /**
   * Answers one request.
   *
   * @param session the legacy session, or {@code null} under 2026-07-28
   * @throws RequestException for a JSON-RPC error answer
   */
  Object dispatch(String method, Map<String, Object> params, Context context, Session session)
      throws Exception {
    Map<String, Object> p = params == null ? Map.of() : params;
    boolean modern = context.protocolVersion().isModern();
    switch (method) {
      case "ping":
        if (modern) {
          break;
        }
        return Map.of();
      case "tools/list":
        return page(p, "tools", server.catalog().tools(), Catalog.ToolEntry::tool);
      case "tools/call":
        return callTool(p, context);
      case "prompts/list":
        return page(p, "prompts", server.catalog().prompts(), Catalog.PromptEntry::prompt);
      case "prompts/get":
        return getPrompt(p, context);
      case "resources/list":
        return page(p, "resources", server.catalog().resources(), Catalog.ResourceEntry::resource);
      case "resources/templates/list":
        return page(
            p, "resourceTemplates", server.catalog().templates(), Catalog.TemplateEntry::template);
      case "resources/read":
        return readResource(p, context);
      case "resources/subscribe":
      case "resources/unsubscribe":
        if (modern || session == null) {
          break;
        }
        String uri = string(p, "uri");
        if (method.endsWith("unsubscribe")) {
          session.subscriptions().remove(uri);
        } else {
          session.subscriptions().add(uri);
        }
        return Map.of();
      case "logging/setLevel":
        if (modern || session == null || !server.logging()) {
          break;
        }
        session.logLevel(
            LogLevel.parse(string(p, "level"))
                .orElseThrow(() -> RequestException.invalidParams("unknown log level")));
        return Map.of();
      case "completion/complete":
        if (!server.hasCompletions()) {
          break;
        }
        return complete(p);
      case "server/discover":
        if (!modern) {
          break;
        }
        return discover();
      default:
        break;
    }
    throw new RequestException(JsonRpcError.methodNotFound(method));
  }

  /** The {@code initialize} result for a negotiated legacy version. */
  Map<String, Object> initializeResult(ProtocolVersion version) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("protocolVersion", version.wire());
    result.put("capabilities", server.capabilities());
    result.put("serverInfo", server.info());
    if (server.instructions() != null) {
      result.put("instructions", server.instructions());
    }
    return result;
  }

  private Map<String, Object> discover() {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("supportedVersions", supportedVersions());
    result.put("capabilities", server.capabilities());
    if (server.instructions() != null) {
      result.put("instructions", server.instructions());
    }
    return result;
  }

  static List<String> supportedVersions() {
    return List.of(
        ProtocolVersion.V2026_07_28.wire(),
        ProtocolVersion.V2025_11_25.wire(),
        ProtocolVersion.V2025_06_18.wire(),
        ProtocolVersion.V2025_03_26.wire());
  }

  private Object callTool(Map<String, Object> p, Context context) {
    String name = string(p, "name");
    Catalog.ToolEntry entry = server.catalog().tool(name);
    if (entry == null) {
      throw RequestException.invalidParams("unknown tool: " + name);
    }
    Object rawArgs = p.get("arguments");
    if (rawArgs != null && !(rawArgs instanceof Map<?, ?>)) {
      throw RequestException.invalidParams("arguments must be an object");
    }
    Map<String, Object> arguments = rawArgs == null ? Map.of() : cast(rawArgs);
    String problems = entry.validator().problems(arguments);
    if (problems != null) {
      return CallToolResult.error("Invalid arguments for tool " + name + ": " + problems);
    }
    try {
      CallToolResult result = entry.handler().call(arguments, context);
      return result == null ? CallToolResult.text("") : result;
    } catch (RequestException | InputRequired e) {
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return CallToolResult.error("Tool " + name + " was cancelled");
    } catch (Exception e) {
      return CallToolResult.error("Tool " + name + " failed: " + e.getClass().getSimpleName());
    }
  }

  private GetPromptResult getPrompt(Map<String, Object> p, Context context) throws Exception {
    String name = string(p, "name");
    Catalog.PromptEntry entry = server.catalog().prompt(name);
    if (entry == null) {
      throw RequestException.invalidParams("unknown prompt: " + name);
    }
    Map<String, String> arguments = new LinkedHashMap<>();
    if (p.get("arguments") instanceof Map<?, ?> args) {
      args.forEach((k, v) -> arguments.put(String.valueOf(k), v == null ? null : v.toString()));
    }
    if (entry.prompt().arguments() != null) {
      for (var arg : entry.prompt().arguments()) {
        if (Boolean.TRUE.equals(arg.required()) && arguments.get(arg.name()) == null) {
          throw RequestException.invalidParams("missing required argument: " + arg.name());
        }
      }
    }
    return entry.handler().get(arguments, context);
  }

  private ReadResourceResult readResource(Map<String, Object> p, Context context) throws Exception {
    String uri = string(p, "uri");
    Catalog.ResourceEntry entry = server.catalog().resource(uri);
    if (entry != null) {
      return entry.handler().read(uri, Map.of(), context);
    }
    for (Catalog.TemplateEntry template : server.catalog().templates()) {
      Map<String, String> vars = template.matcher().match(uri);
      if (vars != null) {
        return template.handler().read(uri, vars, context);
      }
    }
    int code =
        context.protocolVersion().isModern()
            ? JsonRpcError.INVALID_PARAMS
            : JsonRpcError.RESOURCE_NOT_FOUND;
    throw new RequestException(
        new JsonRpcError(code, "Resource not found: " + uri, Map.of("uri", uri)));
  }

  private CompleteResult complete(Map<String, Object> p) throws Exception {
    if (!(p.get("ref") instanceof Map<?, ?> ref) || !(p.get("argument") instanceof Map<?, ?> arg)) {
      throw RequestException.invalidParams("completion needs ref and argument");
    }
    Object refName = "ref/prompt".equals(ref.get("type")) ? ref.get("name") : ref.get("uri");
    CompletionHandler handler =
        server.completion(String.valueOf(ref.get("type")), String.valueOf(refName));
    Map<String, String> resolved = new LinkedHashMap<>();
    if (p.get("context") instanceof Map<?, ?> ctx && ctx.get("arguments") instanceof Map<?, ?> a) {
      a.forEach((k, v) -> resolved.put(String.valueOf(k), String.valueOf(v)));
    }
    if (handler == null) {
      return CompleteResult.of(List.of());
    }
    return handler.complete(
        String.valueOf(arg.get("name")), String.valueOf(arg.get("value")), resolved);
  }

  private <E> Map<String, Object> page(
      Map<String, Object> p, String key, List<E> all, Function<E, Object> view) {
    int start = 0;
    Object cursor = p.get("cursor");
    if (cursor != null) {
      start = decodeCursor(cursor);
      if (start > all.size()) {
        throw RequestException.invalidParams("invalid cursor");
      }
    }
    int end = Math.min(all.size(), start + server.pageSize());
    List<Object> items = new ArrayList<>(end - start);
    for (int i = start; i < end; i++) {
      items.add(view.apply(all.get(i)));
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put(key, items);
    if (end < all.size()) {
      result.put("nextCursor", encodeCursor(end));
    }
    return result;
  }

  private static String encodeCursor(int offset) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("o:" + offset).getBytes(StandardCharsets.UTF_8));
  }

  private static int decodeCursor(Object cursor) {
    try {
      String text =
          new String(Base64.getUrlDecoder().decode(String.valueOf(cursor)), StandardCharsets.UTF_8);
      if (!text.startsWith("o:")) {
        throw new IllegalArgumentException();
      }
      int offset = Integer.parseInt(text.substring(2));
      if (offset < 0) {
        throw new IllegalArgumentException();
      }
      return offset;
    } catch (IllegalArgumentException e) {
      throw RequestException.invalidParams("invalid cursor");
    }
  }

  static String string(Map<String, Object> p, String key) {
    if (p.get(key) instanceof String s) {
      return s;
    }
    throw RequestException.invalidParams("missing string parameter '" + key + "'");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> cast(Object map) {
    return (Map<String, Object>) map;
  }
}
