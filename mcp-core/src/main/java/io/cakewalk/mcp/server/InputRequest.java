package io.cakewalk.mcp.server;

import java.util.Map;

/**
 * Something a handler needs from the client: a sampling, elicitation or roots request. In a legacy
 * session it is sent to the client as a request; in 2026-07-28 it becomes an entry of an {@code
 * input_required} result's {@code inputRequests} (MRTR).
 *
 * @param method {@code elicitation/create}, {@code sampling/createMessage} or {@code roots/list}
 * @param params the request parameters
 */
public record InputRequest(String method, Map<String, Object> params) {

  public static final String ELICIT = "elicitation/create";
  public static final String SAMPLE = "sampling/createMessage";
  public static final String LIST_ROOTS = "roots/list";

  public InputRequest {
    if (!ELICIT.equals(method) && !SAMPLE.equals(method) && !LIST_ROOTS.equals(method)) {
      throw new IllegalArgumentException("unsupported input request method: " + method);
    }
    params = params == null ? Map.of() : Map.copyOf(params);
  }

  /** An elicitation request ({@code message} plus {@code requestedSchema}, or URL mode). */
  public static InputRequest elicit(Map<String, Object> params) {
    return new InputRequest(ELICIT, params);
  }

  /** A sampling request ({@code messages}, {@code maxTokens}, ...). */
  public static InputRequest sample(Map<String, Object> params) {
    return new InputRequest(SAMPLE, params);
  }

  /** A roots request. */
  public static InputRequest listRoots() {
    return new InputRequest(LIST_ROOTS, Map.of());
  }

  /**
   * The client capability the request needs: {@code elicitation}, {@code sampling} or {@code
   * roots}.
   */
  public String capability() {
    return switch (method) {
      case ELICIT -> "elicitation";
      case SAMPLE -> "sampling";
      default -> "roots";
    };
  }
}
