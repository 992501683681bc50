package io.cakewalk.oauth.server;

import java.util.List;

/**
 * An authorization request that passed validation and waits for the person to sign in and consent.
 * It is bound to one browser (the {@code browserId} cookie) and carries its own CSRF token; both
 * must come back with every form post.
 *
 * @param id random handle sent in the forms
 * @param csrf random CSRF token sent in the forms
 * @param browserId the value of the browser-binding cookie
 * @param clientId the client
 * @param clientName the client's registered name, or {@code null}
 * @param redirectUri the redirect URI the code goes to (as requested)
 * @param redirectUriSent whether the request named it (then the token request must repeat it)
 * @param state the client's state, or {@code null}
 * @param codeChallenge the S256 code challenge
 * @param scopes the scopes to grant
 * @param resource the audience of the tokens
 * @param expiresAt epoch seconds
 * @param subject the signed-in person, or {@code null} before login
 * @param authTime when the person signed in, epoch seconds
 * @param failedLogins failed login attempts so far
 */
record PendingAuthorization(
    String id,
    String csrf,
    String browserId,
    String clientId,
    String clientName,
    String redirectUri,
    boolean redirectUriSent,
    String state,
    String codeChallenge,
    List<String> scopes,
    String resource,
    long expiresAt,
    String subject,
    long authTime,
    int failedLogins) {

  PendingAuthorization {
    scopes = List.copyOf(scopes);
  }

  /** The client's name, else its identifier. */
  String clientLabel() {
    return clientName == null ? clientId : clientName;
  }

  PendingAuthorization withSubject(String subject, long authTime) {
    return new PendingAuthorization(
        id,
        csrf,
        browserId,
        clientId,
        clientName,
        redirectUri,
        redirectUriSent,
        state,
        codeChallenge,
        scopes,
        resource,
        expiresAt,
        subject,
        authTime,
        failedLogins);
  }

  PendingAuthorization withFailedLogin() {
    return new PendingAuthorization(
        id,
        csrf,
        browserId,
        clientId,
        clientName,
        redirectUri,
        redirectUriSent,
        state,
        codeChallenge,
        scopes,
        resource,
        expiresAt,
        subject,
        authTime,
        failedLogins + 1);
  }

  @Override
  public String toString() {
    return "PendingAuthorization[" + clientId + "]";
  }
}
