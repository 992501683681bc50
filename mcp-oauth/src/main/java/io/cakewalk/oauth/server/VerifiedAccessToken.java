package io.cakewalk.oauth.server;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a valid access token grants: who, through which client, for which resource and scopes. It
 * never contains the token itself, so it can be handed to MCP handlers safely.
 *
 * @param subject the user the token acts for
 * @param clientId the client it was issued to
 * @param scopes the granted scopes
 * @param audience the resource (RFC 8707) the token is bound to
 * @param expiresAt when it expires
 */
public record VerifiedAccessToken(
    String subject, String clientId, List<String> scopes, String audience, Instant expiresAt) {

  public VerifiedAccessToken {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(expiresAt, "expiresAt");
    scopes = List.copyOf(scopes);
  }
}
