package io.cakewalk.oauth.server;

import io.cakewalk.oauth.metadata.AuthorizationServerMetadata;
import io.cakewalk.oauth.pkce.CodeChallengeMethod;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Authorization server metadata (RFC 8414 §3), also served as an OpenID Connect Discovery document
 * with the members strict OIDC parsers require. Public, cacheable for five minutes, CORS open.
 */
final class MetadataEndpoint {

  private final PublicDocument oauth;
  private final PublicDocument openid;

  MetadataEndpoint(Settings settings, boolean metadataDocuments) {
    this.oauth = new PublicDocument(metadata(settings, metadataDocuments, null, null).toMap());
    this.openid =
        new PublicDocument(
            metadata(settings, metadataDocuments, List.of("public"), List.of("RS256")).toMap());
  }

  Response oauth(Request request) {
    return oauth.serve(request);
  }

  Response openid(Request request) {
    return openid.serve(request);
  }

  /** The metadata; the OpenID Connect members are {@code null} for the plain RFC 8414 document. */
  private static AuthorizationServerMetadata metadata(
      Settings settings,
      boolean metadataDocuments,
      List<String> subjectTypes,
      List<String> idTokenSigningAlgs) {
    List<String> authMethods = List.of("client_secret_basic", "client_secret_post", "none");
    List<String> scopes = new ArrayList<>(settings.scopes());
    scopes.add(Settings.OFFLINE_ACCESS);
    return AuthorizationServerMetadata.builder(settings.issuer())
        .authorizationEndpoint(endpoint(settings, AuthorizationServer.AUTHORIZE))
        .tokenEndpoint(endpoint(settings, AuthorizationServer.TOKEN))
        .registrationEndpoint(endpoint(settings, AuthorizationServer.REGISTER))
        .revocationEndpoint(endpoint(settings, AuthorizationServer.REVOKE))
        .scopesSupported(scopes)
        .responseTypesSupported(List.of("code"))
        .grantTypesSupported(List.of("authorization_code", "refresh_token"))
        .codeChallengeMethodsSupported(List.of(CodeChallengeMethod.S256.value()))
        .tokenEndpointAuthMethodsSupported(authMethods)
        .revocationEndpointAuthMethodsSupported(authMethods)
        .authorizationResponseIssParameterSupported(true)
        .clientIdMetadataDocumentSupported(metadataDocuments)
        .responseModesSupported(List.of("query"))
        .subjectTypesSupported(subjectTypes)
        .idTokenSigningAlgValuesSupported(idTokenSigningAlgs)
        .build();
  }

  private static URI endpoint(Settings settings, String path) {
    return URI.create(settings.endpoint(path));
  }
}
