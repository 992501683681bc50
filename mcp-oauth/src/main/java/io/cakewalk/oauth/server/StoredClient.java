package io.cakewalk.oauth.server;

import java.util.List;
import java.util.Objects;

/**
 * A registered OAuth client as the store keeps it (RFC 7591 §2 metadata). Only a SHA-256
 * fingerprint of the client secret is kept; {@code secretHash} is {@code null} for public clients.
 *
 * @param clientId the issued client identifier (or the CIMD URL)
 * @param secretHash base64url SHA-256 of the client secret, or {@code null} for a public client
 * @param clientName the human-readable name, or {@code null}
 * @param redirectUris the registered redirect URIs (at least one)
 * @param grantTypes the allowed grant types
 * @param tokenEndpointAuthMethod {@code none}, {@code client_secret_basic} or {@code
 *     client_secret_post}
 * @param applicationType {@code native} or {@code web}
 * @param scope the space-separated scopes the client registered for, or {@code null}
 * @param issuedAt when the client was registered, epoch seconds
 */
public record StoredClient(
    String clientId,
    String secretHash,
    String clientName,
    List<String> redirectUris,
    List<String> grantTypes,
    String tokenEndpointAuthMethod,
    String applicationType,
    String scope,
    long issuedAt) {

  public StoredClient {
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(tokenEndpointAuthMethod, "tokenEndpointAuthMethod");
    redirectUris = List.copyOf(redirectUris);
    grantTypes = List.copyOf(grantTypes);
    if (redirectUris.isEmpty()) {
      throw new IllegalArgumentException("a client needs at least one redirect URI");
    }
    if (secretHash == null != "none".equals(tokenEndpointAuthMethod)) {
      throw new IllegalArgumentException("only public clients (method none) may lack a secret");
    }
  }

  /** Whether this client authenticates with a secret. */
  public boolean confidential() {
    return secretHash != null;
  }

  /** Whether the client may use the {@code refresh_token} grant. */
  public boolean mayRefresh() {
    return grantTypes.contains("refresh_token");
  }

  @Override
  public String toString() {
    return "StoredClient[" + clientId + ", " + tokenEndpointAuthMethod + "]";
  }
}
