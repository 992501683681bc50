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
    return builder(f.requiredString("issuer"))
        .authorizationEndpoint(f.uri("authorization_endpoint"))
        .tokenEndpoint(f.uri("token_endpoint"))
        .registrationEndpoint(f.uri("registration_endpoint"))
        .revocationEndpoint(f.uri("revocation_endpoint"))
        .introspectionEndpoint(f.uri("introspection_endpoint"))
        .jwksUri(f.uri("jwks_uri"))
        .scopesSupported(f.strings("scopes_supported"))
        .responseTypesSupported(f.strings("response_types_supported"))
        .grantTypesSupported(f.strings("grant_types_supported"))
        .codeChallengeMethodsSupported(f.strings("code_challenge_methods_supported"))
        .tokenEndpointAuthMethodsSupported(f.strings("token_endpoint_auth_methods_supported"))
        .revocationEndpointAuthMethodsSupported(
            f.strings("revocation_endpoint_auth_methods_supported"))
        .authorizationResponseIssParameterSupported(
            f.bool("authorization_response_iss_parameter_supported"))
        .clientIdMetadataDocumentSupported(f.bool("client_id_metadata_document_supported"))
        .responseModesSupported(f.strings("response_modes_supported"))
        .subjectTypesSupported(f.strings("subject_types_supported"))
        .idTokenSigningAlgValuesSupported(f.strings("id_token_signing_alg_values_supported"))
        .build();
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

  /** Starts metadata for {@code issuer}; every other member is absent until set. */
  public static Builder builder(String issuer) {
    return new Builder(issuer);
  }

  /** Builds {@link AuthorizationServerMetadata} one member at a time. */
  public static final class Builder {
    private String issuer;
    private URI authorizationEndpoint;
    private URI tokenEndpoint;
    private URI registrationEndpoint;
    private URI revocationEndpoint;
    private URI introspectionEndpoint;
    private URI jwksUri;
    private List<String> scopesSupported;
    private List<String> responseTypesSupported;
    private List<String> grantTypesSupported;
    private List<String> codeChallengeMethodsSupported;
    private List<String> tokenEndpointAuthMethodsSupported;
    private List<String> revocationEndpointAuthMethodsSupported;
    private Boolean authorizationResponseIssParameterSupported;
    private Boolean clientIdMetadataDocumentSupported;
    private List<String> responseModesSupported;
    private List<String> subjectTypesSupported;
    private List<String> idTokenSigningAlgValuesSupported;

    private Builder(String issuer) {
      this.issuer = issuer;
    }

    public Builder authorizationEndpoint(URI value) {
      this.authorizationEndpoint = value;
      return this;
    }

    public Builder tokenEndpoint(URI value) {
      this.tokenEndpoint = value;
      return this;
    }

    public Builder registrationEndpoint(URI value) {
      this.registrationEndpoint = value;
      return this;
    }

    public Builder revocationEndpoint(URI value) {
      this.revocationEndpoint = value;
      return this;
    }

    public Builder introspectionEndpoint(URI value) {
      this.introspectionEndpoint = value;
      return this;
    }

    public Builder jwksUri(URI value) {
      this.jwksUri = value;
      return this;
    }

    public Builder scopesSupported(List<String> value) {
      this.scopesSupported = value;
      return this;
    }

    public Builder responseTypesSupported(List<String> value) {
      this.responseTypesSupported = value;
      return this;
    }

    public Builder grantTypesSupported(List<String> value) {
      this.grantTypesSupported = value;
      return this;
    }

    public Builder codeChallengeMethodsSupported(List<String> value) {
      this.codeChallengeMethodsSupported = value;
      return this;
    }

    public Builder tokenEndpointAuthMethodsSupported(List<String> value) {
      this.tokenEndpointAuthMethodsSupported = value;
      return this;
    }

    public Builder revocationEndpointAuthMethodsSupported(List<String> value) {
      this.revocationEndpointAuthMethodsSupported = value;
      return this;
    }

    public Builder authorizationResponseIssParameterSupported(Boolean value) {
      this.authorizationResponseIssParameterSupported = value;
      return this;
    }

    public Builder clientIdMetadataDocumentSupported(Boolean value) {
      this.clientIdMetadataDocumentSupported = value;
      return this;
    }

    public Builder responseModesSupported(List<String> value) {
      this.responseModesSupported = value;
      return this;
    }

    public Builder subjectTypesSupported(List<String> value) {
      this.subjectTypesSupported = value;
      return this;
    }

    public Builder idTokenSigningAlgValuesSupported(List<String> value) {
      this.idTokenSigningAlgValuesSupported = value;
      return this;
    }

    /** The metadata; fails when the issuer is empty. */
    public AuthorizationServerMetadata build() {
      return new AuthorizationServerMetadata(
          issuer,
          authorizationEndpoint,
          tokenEndpoint,
          registrationEndpoint,
          revocationEndpoint,
          introspectionEndpoint,
          jwksUri,
          scopesSupported,
          responseTypesSupported,
          grantTypesSupported,
          codeChallengeMethodsSupported,
          tokenEndpointAuthMethodsSupported,
          revocationEndpointAuthMethodsSupported,
          authorizationResponseIssParameterSupported,
          clientIdMetadataDocumentSupported,
          responseModesSupported,
          subjectTypesSupported,
          idTokenSigningAlgValuesSupported);
    }
  }
}
