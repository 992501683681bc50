package io.cakewalk.mcp.server;

import io.cakewalk.mcp.internal.Json;
import io.cakewalk.mcp.jsonrpc.JsonRpcError;
import io.cakewalk.mcp.jsonrpc.RequestId;
import io.cakewalk.mcp.schema.CallToolResult;
import io.cakewalk.mcp.schema.Content;
import io.cakewalk.mcp.schema.GetPromptResult;
import io.cakewalk.mcp.schema.ReadResourceResult;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JsonGenerator;

/**
 * Writes JSON-RPC frames straight to bytes: the envelope by hand, the payload with the shared
 * mapper, so no intermediate maps are built on the hot path.
 */
final class Frames {

  private static final byte[] HEAD =
      "{\"jsonrpc\":\"2.0\",\"id\":".getBytes(StandardCharsets.UTF_8);
  private static final byte[] RESULT = ",\"result\":".getBytes(StandardCharsets.UTF_8);
  private static final byte[] ERROR = ",\"error\":".getBytes(StandardCharsets.UTF_8);

  private Frames() {}

  static byte[] result(RequestId id, Object result) {
    if (result instanceof RawJson raw) {
      return envelope(id, RESULT, raw.bytes());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = Json.MAPPER.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringProperty("jsonrpc", "2.0");
      writeId(g, id);
      g.writeName("result");
      if (result instanceof CallToolResult r && plainText(r)) {
        writeText(g, r);
      } else {
        Json.MAPPER.writeValue(g, result);
      }
      g.writeEndObject();
    }
    return out.toByteArray();
  }

  /** Whether the result is text blocks only, with nothing else to write (the common case). */
  private static boolean plainText(CallToolResult r) {
    if (r.structuredContent() != null || r.meta() != null) {
      return false;
    }
    for (Content c : r.content()) {
      if (!(c instanceof Content.Text t) || t.annotations() != null || t.meta() != null) {
        return false;
      }
    }
    return true;
  }

  /** Writes a {@link #plainText} result exactly as the mapper would, without reflection. */
  private static void writeText(JsonGenerator g, CallToolResult r) {
    g.writeStartObject();
    g.writeArrayPropertyStart("content");
    for (Content c : r.content()) {
      g.writeStartObject();
      g.writeStringProperty("type", "text");
      g.writeStringProperty("text", ((Content.Text) c).text());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (r.isError() != null) {
      g.writeBooleanProperty("isError", r.isError());
    }
    g.writeEndObject();
  }

  private static void writeId(JsonGenerator g, RequestId id) {
    g.writeName("id");
    if (id == null) {
      g.writeNull();
    } else if (id instanceof RequestId.NumberId n) {
      g.writeNumber(n.number());
    } else {
      g.writeString(((RequestId.StringId) id).string());
    }
  }

  static byte[] error(RequestId id, JsonRpcError error) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", error.code());
    body.put("message", error.message());
    if (error.data() != null) {
      body.put("data", error.data());
    }
    return envelope(id, ERROR, Json.MAPPER.writeValueAsBytes(body));
  }

  static byte[] notification(String method, Map<String, Object> params) {
    Map<String, Object> frame = new LinkedHashMap<>();
    frame.put("jsonrpc", "2.0");
    frame.put("method", method);
    if (params != null) {
      frame.put("params", params);
    }
    return Json.MAPPER.writeValueAsBytes(frame);
  }

  static byte[] request(RequestId id, String method, Map<String, Object> params) {
    Map<String, Object> frame = new LinkedHashMap<>();
    frame.put("jsonrpc", "2.0");
    frame.put("id", id.value());
    frame.put("method", method);
    if (params != null) {
      frame.put("params", params);
    }
    return Json.MAPPER.writeValueAsBytes(frame);
  }

  /**
   * Adds members in front of a result object (2026-07-28 {@code resultType}, cache hints, {@code
   * _meta}); a {@code _meta} the result already carries is merged rather than duplicated.
   */
  static Object decorate(Object result, Map<String, Object> extras) {
    Map<String, Object> ownMeta = metaOf(result);
    if (result instanceof Map<?, ?> || ownMeta != null) {
      Map<String, Object> merged = new LinkedHashMap<>(extras);
      Map<String, Object> plain = Json.toMap(result);
      Object extraMeta = extras.get("_meta");
      merged.putAll(plain);
      if (extraMeta instanceof Map<?, ?> em && plain.get("_meta") instanceof Map<?, ?> pm) {
        Map<Object, Object> meta = new LinkedHashMap<>(em);
        meta.putAll(pm);
        merged.put("_meta", meta);
      }
      return merged;
    }
    byte[] body = Json.MAPPER.writeValueAsBytes(result);
    byte[] head = Json.MAPPER.writeValueAsBytes(extras);
    return new RawJson(splice(head, body));
  }

  private static Map<String, Object> metaOf(Object result) {
    if (result instanceof CallToolResult r) {
      return r.meta();
    }
    if (result instanceof GetPromptResult r) {
      return r.meta();
    }
    if (result instanceof ReadResourceResult r) {
      return r.meta();
    }
    return null;
  }

  /** Joins two JSON objects: {@code {a}} + {@code {b}} = {@code {a,b}}. */
  private static byte[] splice(byte[] head, byte[] body) {
    if (body.length <= 2) {
      return head;
    }
    if (head.length <= 2) {
      return body;
    }
    byte[] out = Arrays.copyOf(head, head.length - 1 + body.length);
    out[head.length - 1] = ',';
    System.arraycopy(body, 1, out, head.length, body.length - 1);
    return out;
  }

  private static byte[] envelope(RequestId id, byte[] kind, byte[] payload) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + 64);
    out.writeBytes(HEAD);
    out.writeBytes(idBytes(id));
    out.writeBytes(kind);
    out.writeBytes(payload);
    out.write('}');
    return out.toByteArray();
  }

  private static byte[] idBytes(RequestId id) {
    if (id == null) {
      return "null".getBytes(StandardCharsets.UTF_8);
    }
    if (id instanceof RequestId.NumberId n) {
      return Long.toString(n.number()).getBytes(StandardCharsets.UTF_8);
    }
    return Json.MAPPER.writeValueAsBytes(id.value());
  }
}
