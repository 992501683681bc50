package io.cakewalk.oauth.server;

import java.util.function.Function;

/**
 * CORS for the endpoints browser-based clients call directly (metadata, registration, token,
 * revocation). None of them uses cookies, so any origin may call them.
 */
final class Cors {

  private Cors() {}

  /**
   * Serves a {@code POST} endpoint: {@code OPTIONS} is a preflight, other methods get 405, and
   * every answer, refusals included, allows any origin.
   */
  static Response post(Request request, Function<Request, Response> endpoint) {
    if ("OPTIONS".equals(request.method())) {
      return Cors.preflight();
    }
    if (!"POST".equals(request.method())) {
      return Cors.allow(Response.empty(405).withHeader("Allow", "POST, OPTIONS"));
    }
    try {
      return allow(endpoint.apply(request));
    } catch (OAuthFailure e) {
      return allow(Response.error(e));
    }
  }

  static Response allow(Response response) {
    return response.withHeader("Access-Control-Allow-Origin", "*");
  }

  static Response preflight() {
    return Response.empty(204)
        .withHeader("Access-Control-Allow-Origin", "*")
        .withHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        .withHeader(
            "Access-Control-Allow-Headers", "Authorization, Content-Type, MCP-Protocol-Version")
        .withHeader("Access-Control-Max-Age", "600");
  }
}
