package io.cakewalk.oauth.server;

/**
 * CORS for the endpoints browser-based clients call directly (metadata, registration, token,
 * revocation). None of them uses cookies, so any origin may call them.
 */
final class Cors {

  private Cors() {}

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
