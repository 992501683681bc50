package io.cakewalk.oauth.registration;

import io.cakewalk.oauth.id.ClientId;
import io.cakewalk.oauth.id.ClientSecret;
import io.cakewalk.oauth.internal.Json;
import io.cakewalk.oauth.internal.JsonFields;
import java.net.URI;
import java.util.Map;

/**
 * A registered client (RFC 7591 §3.2.1): the issued {@code client_id}, optional secret and the
 * metadata the server accepted. Also how a pre-registered client or a CIMD client is described.
 * {@link #toString()} never shows the secret or registration access token.
 *
 * @param clientSecretExpiresAt seconds since the epoch, {@code 0} for never, {@code null} when
 *     absent
 */
public record ClientInformation(
    ClientId clientId,
    ClientSecret clientSecret,
    Long clientIdIssuedAt,
    Long clientSecretExpiresAt,
    String registrationAccessToken,
    URI registrationClientUri,
    ClientMetadata metadata) {

  public ClientInformation {
    if (clientId == null) {
      throw new IllegalArgumentException("client information lacks \"client_id\"");
    }
    if (metadata == null) {
      metadata =
          new ClientMetadata(null, null, null, null, null, null, null, null, null, null, null);
    }
  }

  /** Parses a registration response (or a stored copy of one). */
  public static ClientInformation parse(String json) {
    JsonFields f = Json.object(json, "client registration response");
    String secret = f.string("client_secret");
    return new ClientInformation(
        new ClientId(f.requiredString("client_id")),
        secret == null || secret.isEmpty() ? null : new ClientSecret(secret),
        f.number("client_id_issued_at"),
        f.number("client_secret_expires_at"),
        f.string("registration_access_token"),
        f.uri("registration_client_uri"),
        ClientMetadata.fromFields(f));
  }

  /** The JSON members of a registration response, absent ones omitted. */
  public Map<String, Object> toMap() {
    return new JsonFields.Writer()
        .put("client_id", clientId.value())
        .put("client_secret", clientSecret == null ? null : clientSecret.value())
        .put("client_id_issued_at", clientIdIssuedAt)
        .put("client_secret_expires_at", clientSecretExpiresAt)
        .put("registration_access_token", registrationAccessToken)
        .put("registration_client_uri", registrationClientUri)
        .putAll(metadata.toMap())
        .toMap();
  }

  /** The JSON registration response. */
  public String toJson() {
    return Json.write(toMap());
  }

  /**
   * The auth method to use at the token endpoint: the registered one, else {@code
   * client_secret_basic} with a secret and {@code none} without.
   */
  public ClientAuthMethod authMethod() {
    if (metadata.tokenEndpointAuthMethod() != null) {
      return metadata.authMethod();
    }
    return clientSecret == null ? ClientAuthMethod.NONE : ClientAuthMethod.CLIENT_SECRET_BASIC;
  }

  /** Whether the secret has expired at {@code epochSeconds}. */
  public boolean secretExpired(long epochSeconds) {
    return clientSecretExpiresAt != null
        && clientSecretExpiresAt != 0
        && clientSecretExpiresAt <= epochSeconds;
  }

  @Override
  public String toString() {
    return "ClientInformation[clientId="
        + clientId
        + ", secret="
        + (clientSecret == null ? "none" : "***")
        + ", authMethod="
        + metadata.tokenEndpointAuthMethod()
        + "]";
  }
}
