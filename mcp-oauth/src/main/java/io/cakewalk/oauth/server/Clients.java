package io.cakewalk.oauth.server;

import io.cakewalk.oauth.internal.Secrets;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds clients (registered ones in the store, else Client ID Metadata Documents) and authenticates
 * them at the token and revocation endpoints (OAuth 2.1 §2.4): {@code client_secret_basic}, {@code
 * client_secret_post} or {@code none}; exactly one method per request.
 */
final class Clients {

  private final AuthorizationStore store;
  private final ClientMetadataDocuments documents;
  private final String realm;

  Clients(AuthorizationStore store, ClientMetadataDocuments documents, String realm) {
    this.store = store;
    this.documents = documents;
    this.realm = realm;
  }

  /** The client with this identifier; unknown ones are {@code invalid_client}. */
  StoredClient find(String clientId) {
    Optional<StoredClient> stored = store.findClient(clientId);
    if (stored.isPresent()) {
      return stored.get();
    }
    if (documents != null && ClientMetadataDocuments.isDocumentUrl(clientId)) {
      return documents.resolve(clientId);
    }
    throw OAuthFailure.invalidClient("unknown client");
  }

  /** The client that authenticated this token or revocation request. */
  StoredClient authenticate(Request request, Form form) {
    Optional<String> authorization = request.header("Authorization");
    boolean basic =
        authorization.isPresent() && authorization.get().regionMatches(true, 0, "Basic ", 0, 6);
    if (authorization.isPresent() && !basic) {
      throw OAuthFailure.invalidClient("unsupported Authorization scheme")
          .withChallenge(challenge());
    }
    Optional<String> bodyId = form.single("client_id");
    Optional<String> bodySecret = form.single("client_secret");
    if (basic && bodySecret.isPresent()) {
      throw OAuthFailure.invalidRequest("use exactly one client authentication method");
    }
    String clientId;
    Optional<String> secret;
    if (basic) {
      String[] pair = decodeBasic(authorization.get().substring(6).trim());
      clientId = pair[0];
      secret = Optional.of(pair[1]);
      if (bodyId.isPresent() && !bodyId.get().equals(clientId)) {
        throw OAuthFailure.invalidRequest("client_id differs from the Basic credentials");
      }
    } else {
      clientId =
          bodyId.orElseThrow(() -> OAuthFailure.invalidClient("client authentication required"));
      secret = bodySecret;
    }
    StoredClient client;
    try {
      client = find(clientId);
    } catch (OAuthFailure e) {
      throw fail("client authentication failed", basic);
    }
    if (client.confidential()) {
      if (secret.isEmpty()) {
        throw fail("client authentication required", basic);
      }
      if (!Secrets.equal(client.secretHash(), Secrets.sha256(secret.get()))) {
        throw fail("client authentication failed", basic);
      }
    } else if (secret.isPresent()) {
      throw fail("a public client must not send a client secret", basic);
    }
    return client;
  }

  private String[] decodeBasic(String encoded) {
    try {
      String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon < 0) {
        throw fail("malformed Basic credentials", true);
      }
      // RFC 6749 §2.3.1: both parts are form-urlencoded before joining.
      return new String[] {
        URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
        URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)
      };
    } catch (IllegalArgumentException e) {
      throw fail("malformed Basic credentials", true);
    }
  }

  private OAuthFailure fail(String description, boolean basic) {
    OAuthFailure failure = OAuthFailure.invalidClient(description);
    return basic ? failure.withChallenge(challenge()) : failure;
  }

  private String challenge() {
    return "Basic realm=\"" + realm.replace("\"", "").toLowerCase(Locale.ROOT) + "\"";
  }
}
