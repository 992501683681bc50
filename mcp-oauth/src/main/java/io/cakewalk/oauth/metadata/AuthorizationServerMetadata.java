package io.cakewalk.oauth.metadata;

import io.cakewalk.oauth.internal.Json;
import io.cakewalk.oauth.internal.JsonFields;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Authorization server metadata (RFC 8414 §2; the same members in OpenID Connect Discovery 1.0 §3).
 * Absent members are {@code null}; unknown members are ignored. Only {@code issuer} is required
 * here: a client checks what its flow needs and says what is missing.
 *
 * @param issuer the issuer identifier exactly as published
 * @param authorizationResponseIssParameterSupported RFC 9207 §3
 * @param clientIdMetadataDocumentSupported Client ID Metadata Documents (draft) support
 * @param responseModesSupported RFC 8414 §2 {@code response_modes_supported}
 * @param subjectTypesSupported OpenID Connect Discovery 1.0 §3 {@code subject_types_supported}
 * @param idTokenSigningAlgValuesSupported OpenID Connect Discovery 1.0 §3 {@code
 *     id_token_signing_alg_values_supported}
 */
public record AuthorizationServerMetadata(
    String issuer,
    URI authorizationEndpoint,
    URI tokenEndpoint,
    URI registrationEndpoint,
    URI revocationEndpoint,
    URI introspectionEndpoint,
    URI jwksUri,
    List<String> scopesSupported,
    List<String> responseTypesSupported,
    List<String> grantTypesSupported,
    List<String> codeChallengeMethodsSupported,
    List<String> tokenEndpointAuthMethodsSupported,
    List<String> revocationEndpointAuthMethodsSupported,
    Boolean authorizationResponseIssParameterSupported,
    Boolean clientIdMetadataDocumentSupported,
    List<String> responseModesSupported,
    List<String> subjectTypesSupported,
    List<String> idTokenSigningAlgValuesSupported) {

  public AuthorizationServerMetadata {
    if (issuer == null || issuer.isEmpty()) {
      throw new IllegalArgumentException("authorization server metadata lacks \"issuer\"");
    }
    scopesSupported = copy(scopesSupported);
    responseTypesSupported = copy(responseTypesSupported);
    grantTypesSupported = copy(grantTypesSupported);
    codeChallengeMethodsSupported = copy(codeChallengeMethodsSupported);
    tokenEndpointAuthMethodsSupported = copy(tokenEndpointAuthMethodsSupported);
    revocationEndpointAuthMethodsSupported = copy(revocationEndpointAuthMethodsSupported);
    responseModesSupported = copy(responseModesSupported);
    subjectTypesSupported = copy(subjectTypesSupported);
    idTokenSigningAlgValuesSupported = copy(idTokenSigningAlgValuesSupported);
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? null : List.copyOf(list);
  }

  /** Parses the JSON document; {@link IllegalArgumentException} names a bad member. */
  public static AuthorizationServerMetadata parse(String json) {
    JsonFields f = Json.object(json, "authorization server metadata");
    return new AuthorizationServerMetadata(
        f.requiredString("issuer"),
        f.uri("authorization_endpoint"),
        f.uri("token_endpoint"),
        f.uri("registration_endpoint"),
        f.uri("revocation_endpoint"),
        f.uri("introspection_endpoint"),
        f.uri("jwks_uri"),
        f.strings("scopes_supported"),
        f.strings("response_types_supported"),
        f.strings("grant_types_supported"),
        f.strings("code_challenge_methods_supported"),
        f.strings("token_endpoint_auth_methods_supported"),
        f.strings("revocation_endpoint_auth_methods_supported"),
        f.bool("authorization_response_iss_parameter_supported"),
        f.bool("client_id_metadata_document_supported"),
        f.strings("response_modes_supported"),
        f.strings("subject_types_supported"),
        f.strings("id_token_signing_alg_values_supported"));
  }

  /** The JSON members, absent ones omitted. */
  public Map<String, Object> toMap() {
    return new JsonFields.Writer()
        .put("issuer", issuer)
        .put("authorization_endpoint", authorizationEndpoint)
        .put("token_endpoint", tokenEndpoint)
        .put("registration_endpoint", registrationEndpoint)
        .put("revocation_endpoint", revocationEndpoint)
        .put("introspection_endpoint", introspectionEndpoint)
        .put("jwks_uri", jwksUri)
        .put("scopes_supported", scopesSupported)
        .put("response_types_supported", responseTypesSupported)
        .put("response_modes_supported", responseModesSupported)
        .put("grant_types_supported", grantTypesSupported)
        .put("code_challenge_methods_supported", codeChallengeMethodsSupported)
        .put("token_endpoint_auth_methods_supported", tokenEndpointAuthMethodsSupported)
        .put("revocation_endpoint_auth_methods_supported", revocationEndpointAuthMethodsSupported)
        .put(
            "authorization_response_iss_parameter_supported",
            authorizationResponseIssParameterSupported)
        .put("client_id_metadata_document_supported", clientIdMetadataDocumentSupported)
        .put("subject_types_supported", subjectTypesSupported)
        .put("id_token_signing_alg_values_supported", idTokenSigningAlgValuesSupported)
        .toMap();
  }

  /** The JSON document. */
  public String toJson() {
    return Json.write(toMap());
  }

  /** Whether PKCE {@code S256} is advertised. */
  public boolean supportsS256() {
    return codeChallengeMethodsSupported != null && codeChallengeMethodsSupported.contains("S256");
  }

  /**
   * The advertised token endpoint auth methods; {@code client_secret_basic} when absent (RFC 8414
   * §2).
   */
  public List<String> tokenEndpointAuthMethods() {
    return tokenEndpointAuthMethodsSupported == null
        ? List.of("client_secret_basic")
        : tokenEndpointAuthMethodsSupported;
  }

  /** Whether {@code scopes_supported} lists {@code scope}. */
  public boolean advertisesScope(String scope) {
    return scopesSupported != null && scopesSupported.contains(scope);
  }

  /** Whether RFC 9207 {@code iss} is promised on every authorization response. */
  public boolean issParameterRequired() {
    return Boolean.TRUE.equals(authorizationResponseIssParameterSupported);
  }
}
