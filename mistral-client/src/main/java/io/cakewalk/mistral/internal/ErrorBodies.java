package io.cakewalk.mistral.internal;

import io.cakewalk.mistral.ApiError;
import io.cakewalk.mistral.MistralApiException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Parses every error body shape Mistral is known to return: the documented {@code object: error}
 * form (string or numeric {@code code}), FastAPI {@code detail} lists, the same list wrapped in
 * {@code message}, and bare {@code detail}/{@code message} strings. Anything else keeps the raw
 * text.
 */
public final class ErrorBodies {

  static final int MAX_BODY = 2000;

  private ErrorBodies() {}

  /** The exception for an error answer; {@code body} must already be redacted. */
  public static MistralApiException toException(int status, String body, String correlationId) {
    String raw = body == null ? "" : body;
    String shown = raw.length() > MAX_BODY ? raw.substring(0, MAX_BODY) + "…(truncated)" : raw;
    JsonNode node;
    try {
      node = raw.isBlank() ? null : Json.tree(raw);
    } catch (JacksonException e) {
      node = null;
    }
    if (node == null || !node.isObject()) {
      String text = raw.strip();
      String msg = text.isEmpty() ? null : firstLine(text);
      return new MistralApiException(
          status, new ApiError(null, null, null, msg), correlationId, shown);
    }
    String type = text(node.get("type"));
    String code = text(node.get("code"));
    String param = text(node.get("param"));
    JsonNode message = node.get("message");
    String text;
    if (message != null && message.isObject() && message.has("detail")) {
      text = detail(message.get("detail"));
      code = code != null ? code : firstDetailType(message.get("detail"));
    } else if (message != null && message.isString()) {
      text = message.asString();
    } else if (node.has("detail")) {
      text = detail(node.get("detail"));
      code = code != null ? code : firstDetailType(node.get("detail"));
    } else {
      text = message == null || message.isNull() ? null : message.toString();
    }
    String requestId = correlationId != null ? correlationId : text(node.get("request_id"));
    return new MistralApiException(status, new ApiError(type, code, param, text), requestId, shown);
  }

  private static String detail(JsonNode detail) {
    if (detail == null || detail.isNull()) {
      return null;
    }
    if (!detail.isArray()) {
      return detail.isString() ? detail.asString() : detail.toString();
    }
    List<String> parts = new ArrayList<>();
    for (JsonNode d : detail) {
      List<String> loc = new ArrayList<>();
      JsonNode l = d.get("loc");
      if (l != null && l.isArray()) {
        l.forEach(x -> loc.add(x.isString() ? x.asString() : x.toString()));
      }
      String msg = text(d.get("msg"));
      parts.add((loc.isEmpty() ? "" : String.join(".", loc) + ": ") + (msg == null ? "" : msg));
    }
    return String.join("; ", parts);
  }

  private static String firstDetailType(JsonNode detail) {
    return detail != null && detail.isArray() && !detail.isEmpty()
        ? text(detail.get(0).get("type"))
        : null;
  }

  private static String text(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return null;
    }
    return n.isValueNode() ? n.asString() : n.toString();
  }

  private static String firstLine(String text) {
    String line = text.lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}
