package io.cakewalk.oauth.token;

import io.cakewalk.oauth.id.ClientId;
import io.cakewalk.oauth.id.ClientSecret;
import io.cakewalk.oauth.internal.FormEncoding;
import io.cakewalk.oauth.registration.ClientAuthMethod;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How a client authenticates one token, refresh or revocation request (OAuth 2.1 §2.4.1): exactly
 * one of {@code none}, {@code client_secret_basic} or {@code client_secret_post}.
 *
 * @param method the method; {@code NONE} needs no secret, the others need one
 * @param clientId the client
 * @param secret the client secret, or {@code null} for {@code none}
 */
public record ClientAuthentication(
    ClientAuthMethod method, ClientId clientId, ClientSecret secret) {

  public ClientAuthentication {
    if (method == null || clientId == null) {
      throw new IllegalArgumentException("client authentication needs a method and a client_id");
    }
    switch (method) {
      case NONE -> secret = null;
      case CLIENT_SECRET_BASIC, CLIENT_SECRET_POST -> {
        if (secret == null) {
          throw new IllegalArgumentException(method.value() + " needs a client secret");
        }
      }
      default ->
          throw new IllegalArgumentException(
              "unsupported token_endpoint_auth_method " + method.value());
    }
  }

  /** The {@code Authorization} header value for {@code client_secret_basic}. */
  public Optional<String> authorizationHeader() {
    if (method != ClientAuthMethod.CLIENT_SECRET_BASIC) {
      return Optional.empty();
    }
    String pair = FormEncoding.encode(clientId.value()) + ":" + FormEncoding.encode(secret.value());
    return Optional.of(
        "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
  }

  /** The body parameters this method adds ({@code client_id}, maybe {@code client_secret}). */
  public Map<String, String> formParameters() {
    Map<String, String> out = new LinkedHashMap<>();
    if (method == ClientAuthMethod.NONE || method == ClientAuthMethod.CLIENT_SECRET_POST) {
      out.put("client_id", clientId.value());
    }
    if (method == ClientAuthMethod.CLIENT_SECRET_POST) {
      out.put("client_secret", secret.value());
    }
    return out;
  }

  /**
   * Reads the authentication of a received request from its {@code Authorization} header (may be
   * {@code null}) and form body; empty when neither names a client, and {@link
   * IllegalArgumentException} when two methods are mixed or the header is malformed.
   */
  public static Optional<ClientAuthentication> parse(
      String authorizationHeader, Map<String, String> form) {
    boolean basic =
        authorizationHeader != null && authorizationHeader.regionMatches(true, 0, "Basic ", 0, 6);
    if (basic) {
      if (form.containsKey("client_secret")) {
        throw new IllegalArgumentException("more than one client authentication method was used");
      }
      String decoded;
      try {
        decoded =
            new String(
                Base64.getDecoder().decode(authorizationHeader.substring(6).strip()),
                StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("malformed Basic authorization header", e);
      }
      int colon = decoded.indexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException("malformed Basic authorization header");
      }
      Map<String, String> parts =
          FormEncoding.decode(
              "id=" + decoded.substring(0, colon) + "&secret=" + decoded.substring(colon + 1));
      return Optional.of(
          new ClientAuthentication(
              ClientAuthMethod.CLIENT_SECRET_BASIC,
              new ClientId(parts.get("id")),
              new ClientSecret(parts.get("secret"))));
    }
    String id = form.get("client_id");
    if (id == null || id.isEmpty()) {
      return Optional.empty();
    }
    String secret = form.get("client_secret");
    return Optional.of(
        secret == null || secret.isEmpty()
            ? new ClientAuthentication(ClientAuthMethod.NONE, new ClientId(id), null)
            : new ClientAuthentication(
                ClientAuthMethod.CLIENT_SECRET_POST, new ClientId(id), new ClientSecret(secret)));
  }
}
