package io.cakewalk.oauth.registration;

import io.cakewalk.oauth.internal.Json;
import io.cakewalk.oauth.internal.JsonFields;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Client metadata (RFC 7591 §2): the body of a registration request, and the document behind a
 * Client ID Metadata Document URL. Absent members are {@code null}.
 *
 * <pre>{@code
 * ClientMetadata m = ClientMetadata.nativeClient("Cakewalk", URI.create("http://127.0.0.1:53682/callback"),
 *     ClientAuthMethod.NONE);
 * }</pre>
 *
 * @param applicationType {@code native} for CLIs and loopback redirects, {@code web} otherwise
 *     (OpenID Connect Registration §2)
 * @param tokenEndpointAuthMethod a {@link ClientAuthMethod} wire value
 */
public record ClientMetadata(
    List<URI> redirectUris,
    String clientName,
    List<String> grantTypes,
    List<String> responseTypes,
    String tokenEndpointAuthMethod,
    String applicationType,
    String scope,
    URI clientUri,
    URI logoUri,
    String softwareId,
    String softwareVersion) {

  public ClientMetadata {
    redirectUris = redirectUris == null ? null : List.copyOf(redirectUris);
    grantTypes = grantTypes == null ? null : List.copyOf(grantTypes);
    responseTypes = responseTypes == null ? null : List.copyOf(responseTypes);
  }

  /**
   * The metadata a CLI registers: {@code native}, one loopback redirect URI, authorization code and
   * refresh grants. A {@code null} name or redirect URI is left absent (a client registered by
   * someone else, whose redirect URIs we do not know).
   */
  public static ClientMetadata nativeClient(
      String clientName, URI redirectUri, ClientAuthMethod authMethod) {
    return new ClientMetadata(
        redirectUri == null ? null : List.of(redirectUri),
        clientName,
        List.of("authorization_code", "refresh_token"),
        List.of("code"),
        authMethod.value(),
        "native",
        null,
        null,
        null,
        null,
        null);
  }

  /** Parses metadata from JSON; {@link IllegalArgumentException} names a bad member. */
  public static ClientMetadata parse(String json) {
    return fromFields(Json.object(json, "client metadata"));
  }

  static ClientMetadata fromFields(JsonFields f) {
    return new ClientMetadata(
        f.uris("redirect_uris"),
        f.string("client_name"),
        f.strings("grant_types"),
        f.strings("response_types"),
        f.string("token_endpoint_auth_method"),
        f.string("application_type"),
        f.string("scope"),
        f.uri("client_uri"),
        f.uri("logo_uri"),
        f.string("software_id"),
        f.string("software_version"));
  }

  /** The JSON members, absent ones omitted. */
  public Map<String, Object> toMap() {
    return new JsonFields.Writer()
        .put("redirect_uris", redirectUris)
        .put("client_name", clientName)
        .put("grant_types", grantTypes)
        .put("response_types", responseTypes)
        .put("token_endpoint_auth_method", tokenEndpointAuthMethod)
        .put("application_type", applicationType)
        .put("scope", scope)
        .put("client_uri", clientUri)
        .put("logo_uri", logoUri)
        .put("software_id", softwareId)
        .put("software_version", softwareVersion)
        .toMap();
  }

  /** The JSON document. */
  public String toJson() {
    return Json.write(toMap());
  }

  /** The auth method, {@code client_secret_basic} when absent (RFC 7591 §2). */
  public ClientAuthMethod authMethod() {
    return tokenEndpointAuthMethod == null
        ? ClientAuthMethod.CLIENT_SECRET_BASIC
        : ClientAuthMethod.parse(tokenEndpointAuthMethod)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "unsupported token_endpoint_auth_method " + tokenEndpointAuthMethod));
  }

  /** Whether the {@code refresh_token} grant is included. */
  public boolean allowsRefresh() {
    return grantTypes != null && grantTypes.contains("refresh_token");
  }
}
