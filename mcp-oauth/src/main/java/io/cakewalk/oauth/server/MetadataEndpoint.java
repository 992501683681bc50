package io.cakewalk.oauth.server;

import io.cakewalk.oauth.pkce.CodeChallengeMethod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Authorization server metadata (RFC 8414 §3), also served as an OpenID Connect Discovery document
 * with the members strict OIDC parsers require. Public, cacheable for five minutes, CORS open.
 */
final class MetadataEndpoint {

  private final Map<String, Object> oauth;
  private final Map<String, Object> openid;

  MetadataEndpoint(Settings settings, boolean metadataDocuments) {
    List<String> authMethods = List.of("client_secret_basic", "client_secret_post", "none");
    List<String> scopes = new ArrayList<>(settings.scopes());
    scopes.add(Settings.OFFLINE_ACCESS);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("issuer", settings.issuer());
    m.put("authorization_endpoint", settings.endpoint(AuthorizationServer.AUTHORIZE));
    m.put("token_endpoint", settings.endpoint(AuthorizationServer.TOKEN));
    m.put("registration_endpoint", settings.endpoint(AuthorizationServer.REGISTER));
    m.put("revocation_endpoint", settings.endpoint(AuthorizationServer.REVOKE));
    m.put("scopes_supported", scopes);
    m.put("response_types_supported", List.of("code"));
    m.put("response_modes_supported", List.of("query"));
    m.put("grant_types_supported", List.of("authorization_code", "refresh_token"));
    m.put("token_endpoint_auth_methods_supported", authMethods);
    m.put("revocation_endpoint_auth_methods_supported", authMethods);
    m.put("code_challenge_methods_supported", List.of(CodeChallengeMethod.S256.value()));
    m.put("authorization_response_iss_parameter_supported", true);
    m.put("client_id_metadata_document_supported", metadataDocuments);
    this.oauth = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(m));
    m.put("subject_types_supported", List.of("public"));
    m.put("id_token_signing_alg_values_supported", List.of("RS256"));
    this.openid = java.util.Collections.unmodifiableMap(m);
  }

  Response oauth(Request request) {
    return serve(request, oauth);
  }

  Response openid(Request request) {
    return serve(request, openid);
  }

  private static Response serve(Request request, Map<String, Object> document) {
    if ("OPTIONS".equals(request.method())) {
      return Cors.preflight();
    }
    if (!"GET".equals(request.method()) && !"HEAD".equals(request.method())) {
      return Response.empty(405).withHeader("Allow", "GET, HEAD, OPTIONS");
    }
    return Cors.allow(Response.json(200, document))
        .withHeader("Cache-Control", "public, max-age=300");
  }
}
