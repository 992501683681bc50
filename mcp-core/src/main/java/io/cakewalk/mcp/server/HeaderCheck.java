package io.cakewalk.mcp.server;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * Checks the 2026-07-28 routing headers against the body: {@code Mcp-Method}, {@code Mcp-Name} and
 * the {@code Mcp-Param-*} mirrors of arguments annotated {@code x-mcp-header} (SEP-2243). Values
 * may be sent as {@code =?base64?...?=}; whitespace around a value is ignored (RFC 9110 §5.5).
 */
final class HeaderCheck {

  private HeaderCheck() {}

  /** What is wrong with {@code Mcp-Method}/{@code Mcp-Name}, or {@code null}. */
  static String standardHeaders(HttpCall call, String method, Map<String, Object> params) {
    String header = call.header("Mcp-Method");
    if (header == null) {
      return "Mcp-Method header is required";
    }
    if (!header.trim().equals(method)) {
      return "Mcp-Method does not match the body's method";
    }
    String key =
        switch (method) {
          case "tools/call", "prompts/get" -> "name";
          case "resources/read" -> "uri";
          default -> null;
        };
    if (key == null || !(params.get(key) instanceof String expected)) {
      return null;
    }
    String name = decode(call.header("Mcp-Name"));
    if (name == null) {
      return "Mcp-Name header is missing or malformed";
    }
    return name.equals(expected) ? null : "Mcp-Name does not match the body";
  }

  /**
   * What is wrong with the {@code Mcp-Param-*} headers of a {@code tools/call}, or {@code null}.
   */
  static String paramHeaders(HttpCall call, Catalog catalog, Map<String, Object> params) {
    if (!(params.get("name") instanceof String name)) {
      return null;
    }
    Catalog.ToolEntry entry = catalog.tool(name);
    if (entry == null
        || !(entry.tool().inputSchema().get("properties") instanceof Map<?, ?> properties)) {
      return null;
    }
    Map<?, ?> arguments = params.get("arguments") instanceof Map<?, ?> a ? a : Map.of();
    for (Map.Entry<?, ?> property : properties.entrySet()) {
      if (!(property.getValue() instanceof Map<?, ?> schema)
          || !(schema.get("x-mcp-header") instanceof String headerName)) {
        continue;
      }
      Object value = arguments.get(property.getKey());
      String raw = call.header("Mcp-Param-" + headerName);
      if (value == null) {
        if (raw != null) {
          return "Mcp-Param-" + headerName + " sent without a body value";
        }
        continue;
      }
      if (raw == null) {
        return "Mcp-Param-" + headerName + " header is missing";
      }
      String decoded = decode(raw);
      if (decoded == null) {
        return "Mcp-Param-" + headerName + " is not valid";
      }
      if (!matches(decoded, value)) {
        return "Mcp-Param-" + headerName + " does not match the body";
      }
    }
    return null;
  }

  private static boolean matches(String header, Object value) {
    if (value instanceof Boolean b) {
      return header.equals(b.toString());
    }
    if (value instanceof Number n) {
      try {
        return new BigDecimal(header).compareTo(new BigDecimal(n.toString())) == 0;
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return header.equals(String.valueOf(value));
  }

  /** The header's value with whitespace trimmed and base64 decoded, or {@code null} if invalid. */
  static String decode(String raw) {
    if (raw == null) {
      return null;
    }
    String value = raw.trim();
    if (value.startsWith("=?base64?") && value.endsWith("?=") && value.length() >= 11) {
      String b64 = value.substring(9, value.length() - 2);
      if (b64.length() % 4 != 0 || !b64.matches("[A-Za-z0-9+/]*={0,2}")) {
        return null;
      }
      try {
        return new String(Base64.getDecoder().decode(b64), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        return null;
      }
    }
    return value;
  }
}
