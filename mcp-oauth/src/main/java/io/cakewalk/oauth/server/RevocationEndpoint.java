package io.cakewalk.oauth.server;

import io.cakewalk.oauth.internal.Secrets;

/**
 * {@code POST /revoke}: OAuth 2.0 Token Revocation (RFC 7009). The client authenticates as at the
 * token endpoint; unknown tokens, tokens of other clients and already invalid tokens all answer 200
 * so the endpoint reveals nothing. Revoking a refresh token revokes its whole grant.
 */
final class RevocationEndpoint {

  private final AuthorizationStore store;
  private final Clients clients;

  RevocationEndpoint(AuthorizationStore store, Clients clients) {
    this.store = store;
    this.clients = clients;
  }

  Response handle(Request request) {
    return Cors.post(request, this::revoke);
  }

  private Response revoke(Request request) {
    Form form = request.form();
    StoredClient client = clients.authenticate(request, form);
    String token = form.required("token");
    form.single("token_type_hint"); // RFC 7009 §2.1: a hint; every token is looked up anyway
    store
        .findToken(Secrets.sha256(token))
        .filter(t -> t.clientId().equals(client.clientId()))
        .ifPresent(
            t -> {
              if (t.kind() == StoredToken.Kind.REFRESH) {
                store.revokeGrant(t.grantId());
              } else {
                store.revokeToken(t.tokenHash());
              }
            });
    return Response.empty(200).withHeader("Cache-Control", "no-store");
  }
}
