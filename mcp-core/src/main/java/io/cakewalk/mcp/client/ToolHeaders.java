package io.cakewalk.mcp.client;

import io.cakewalk.mcp.schema.Tool;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The 2026-07-28 request headers derived from a tool: {@code x-mcp-header} annotations in its
 * {@code inputSchema} mirrored as {@code Mcp-Param-<Name>}, and the value encoding shared with
 * {@code Mcp-Name} (MCP 2026-07-28 "Transports", standard and custom headers; "Tools"
 * §x-mcp-header).
 */
final class ToolHeaders {

  static final String ANNOTATION = "x-mcp-header";
  private static final long MAX_SAFE_INTEGER = 9007199254740991L;
  private static final String TCHAR = "!#$%&'*+-.^_`|~";

  /** One annotated argument: where it sits (property names from the root) and its header name. */
  record Param(List<String> path, String header) {}

  private ToolHeaders() {}

  /**
   * The annotated arguments of a tool, or the reason its annotations are invalid (then the tool
   * must not be offered).
   */
  static Object params(Tool tool) {
    List<Param> params = new ArrayList<>();
    String problem = collect(tool.inputSchema(), new ArrayList<>(), params);
    if (problem != null) {
      return problem;
    }
    if (count(tool.inputSchema(), false) != params.size()) {
      return ANNOTATION + " may only appear on properties reachable through 'properties' alone";
    }
    Set<String> seen = new HashSet<>();
    for (Param p : params) {
      if (!seen.add(p.header().toLowerCase(Locale.ROOT))) {
        return "header name '" + p.header() + "' is used twice (names are case-insensitive)";
      }
    }
    return List.copyOf(params);
  }

  private static String collect(Map<?, ?> schema, List<String> path, List<Param> out) {
    if (!(schema.get("properties") instanceof Map<?, ?> properties)) {
      return null;
    }
    for (Map.Entry<?, ?> e : properties.entrySet()) {
      if (!(e.getValue() instanceof Map<?, ?> property)) {
        continue;
      }
      List<String> here = new ArrayList<>(path);
      here.add(String.valueOf(e.getKey()));
      if (property.containsKey(ANNOTATION)) {
        String problem = check(property, here);
        if (problem != null) {
          return problem;
        }
        out.add(new Param(List.copyOf(here), (String) property.get(ANNOTATION)));
      }
      String nested = collect(property, here, out);
      if (nested != null) {
        return nested;
      }
    }
    return null;
  }

  private static String check(Map<?, ?> property, List<String> path) {
    Object name = property.get(ANNOTATION);
    String where = "property '" + String.join(".", path) + "'";
    if (!(name instanceof String s) || s.isEmpty()) {
      return ANNOTATION + " of " + where + " must be a non-empty string";
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = c < 128 && (Character.isLetterOrDigit(c) || TCHAR.indexOf(c) >= 0);
      if (!ok) {
        return ANNOTATION + " '" + s + "' of " + where + " is not a valid header name token";
      }
    }
    Object type = property.get("type");
    if (!("string".equals(type) || "integer".equals(type) || "boolean".equals(type))) {
      return ANNOTATION + " of " + where + " requires type string, integer or boolean, not " + type;
    }
    return null;
  }

  /** Counts annotations anywhere in the schema, treating keys of 'properties' as names. */
  private static int count(Object node, boolean propertyNames) {
    int n = 0;
    if (node instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!propertyNames && ANNOTATION.equals(e.getKey())) {
          n++;
        }
        n += count(e.getValue(), !propertyNames && "properties".equals(e.getKey()));
      }
    } else if (node instanceof List<?> list) {
      for (Object item : list) {
        n += count(item, false);
      }
    }
    return n;
  }

  /** The {@code Mcp-Param-*} headers for a call; absent and {@code null} arguments are omitted. */
  static Map<String, String> headers(List<Param> params, Map<String, Object> arguments) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (Param p : params) {
      Object value = arguments;
      for (String key : p.path()) {
        value = value instanceof Map<?, ?> m ? m.get(key) : null;
      }
      if (value == null) {
        continue;
      }
      String encoded;
      if (value instanceof Boolean b) {
        encoded = b.toString();
      } else if (value instanceof Number number && isSafeInteger(number)) {
        encoded = Long.toString(number.longValue());
      } else if (value instanceof String s) {
        encoded = encode(s);
      } else {
        continue; // the schema check reports the type mismatch
      }
      headers.put("Mcp-Param-" + p.header(), encoded);
    }
    return headers;
  }

  private static boolean isSafeInteger(Number n) {
    double d = n.doubleValue();
    return d == Math.rint(d) && Math.abs(d) <= MAX_SAFE_INTEGER;
  }

  /**
   * A header value as sent: plain when it is printable ASCII without surrounding whitespace,
   * otherwise {@code =?base64?…?=} of its UTF-8 bytes.
   */
  static String encode(String value) {
    boolean plain = !(value.startsWith("=?base64?") && value.endsWith("?="));
    if (!value.isEmpty() && (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ')) {
      plain = false;
    }
    for (int i = 0; plain && i < value.length(); i++) {
      char c = value.charAt(i);
      plain = c >= 0x20 && c < 0x7f;
    }
    return plain
        ? value
        : "=?base64?"
            + Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8))
            + "?=";
  }
}
