package io.cakewalk.oauth.server;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A public JSON discovery document (RFC 8414 §3 authorization server metadata, RFC 9728 §3
 * protected resource metadata): {@code GET} and {@code HEAD} answer it cacheable for five minutes
 * with CORS open, {@code OPTIONS} is a preflight and other methods get 405.
 *
 * @param members the document's JSON members
 */
record PublicDocument(Map<String, Object> members) {

  PublicDocument {
    members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
  }

  Response serve(Request request) {
    if ("OPTIONS".equals(request.method())) {
      return Cors.preflight();
    }
    if (!"GET".equals(request.method()) && !"HEAD".equals(request.method())) {
      return Response.empty(405).withHeader("Allow", "GET, HEAD, OPTIONS");
    }
    return Cors.allow(Response.json(200, members))
        .withHeader("Cache-Control", "public, max-age=300");
  }
}
