package io.cakewalk.oauth.client;

import io.cakewalk.oauth.OAuthError;
import io.cakewalk.oauth.OAuthException;
import io.cakewalk.oauth.id.Scope;
import io.cakewalk.oauth.metadata.AuthorizationServerMetadata;
import io.cakewalk.oauth.registration.ClientInformation;
import io.cakewalk.oauth.token.TokenResponse;
import java.net.URI;
import java.time.Clock;
import java.util.Map;

/**
 * One interactive login after discovery: get a client, open the authorization URL, wait for the
 * callback, exchange the code, and only then store the client and tokens. A rejected stored or
 * dynamically registered client is replaced once ({@code invalid_client}).
 */
final class LoginRun {

  private final DiscoveryResult d;
  private final LoginOptions o;
  private final TokenEndpoint tokens;
  private final Registrar registrar;
  private final TokenStore store;
  private final Clock clock;

  LoginRun(
      DiscoveryResult d,
      LoginOptions o,
      TokenEndpoint tokens,
      Registrar registrar,
      TokenStore store,
      Clock clock) {
    this.d = d;
    this.o = o;
    this.tokens = tokens;
    this.registrar = registrar;
    this.store = store;
    this.clock = clock;
  }

  StoredTokens run() {
    boolean allowStored = true;
    for (int attempt = 0; ; attempt++) {
      try (LoopbackRedirectReceiver receiver = bindReceiver()) {
        Registrar.Registered reg = registrar.obtain(d, o, receiver.redirectUri(), allowStored);
        try {
          return authorize(receiver, reg);
        } catch (OAuthException e) {
          boolean replaceable =
              reg.source() == Registrar.Source.STORED || reg.source() == Registrar.Source.DYNAMIC;
          if (attempt == 0 && replaceable && clientRejected(e)) {
            o.messages().accept("The client registration was rejected; registering a new one.");
            allowStored = false;
            continue;
          }
          throw e;
        }
      }
    }
  }

  private static boolean clientRejected(OAuthException e) {
    return e.error()
        .map(err -> err.is(OAuthError.INVALID_CLIENT) || err.is(OAuthError.UNAUTHORIZED_CLIENT))
        .orElse(false);
  }

  private StoredTokens authorize(LoopbackRedirectReceiver receiver, Registrar.Registered reg) {
    AuthorizationServerMetadata as = d.authorizationServer();
    ClientInformation client = reg.client();
    Scope scope = chooseScope(client);
    AuthorizationFlow.Pending p = AuthorizationFlow.start(d, client, receiver.redirectUri(), scope);
    o.messages().accept("Log in to " + d.resource() + " by opening this URL in a browser:");
    o.messages().accept(p.authorizationUrl().toString());
    if (o.pastedInput() != null) {
      o.messages()
          .accept("If the browser cannot reach this machine, paste the URL it ends on here.");
    }
    try {
      o.browser().open(p.authorizationUrl());
    } catch (RuntimeException e) {
      o.messages().accept("Could not open a browser; open the URL above yourself.");
    }
    Map<String, String> params =
        receiver.await(o.callbackTimeout(), o.pastedInput(), cb -> AuthorizationFlow.check(p, cb));
    TokenResponse.Success ok =
        tokens.request(
            as.tokenEndpoint(),
            AuthorizationFlow.exchange(p, params),
            OAuthClient.authentication(client));
    StoredTokens stored =
        new StoredTokens(
            d.resource(),
            d.issuer(),
            client.clientId(),
            ok.accessToken(),
            ok.refreshToken(),
            OAuthClient.expiry(ok, clock),
            ok.scope() == null ? scope : ok.scope(),
            as.tokenEndpoint(),
            as.revocationEndpoint(),
            p.resource());
    if (reg.source() != Registrar.Source.STORED) {
      store.saveClient(d.issuer(), client);
    }
    store.saveTokens(stored);
    return stored;
  }

  /**
   * The requested scope plus {@code offline_access} when the authorization server lists it and the
   * client may refresh.
   */
  private Scope chooseScope(ClientInformation client) {
    Scope scope = o.scope() != null ? o.scope() : d.initialScope();
    if (d.authorizationServer().advertisesScope("offline_access")
        && client.metadata().allowsRefresh()) {
      scope = scope.with("offline_access");
    }
    return scope;
  }

  /** The configured port, else the port of the stored registration's redirect URI, else any. */
  private LoopbackRedirectReceiver bindReceiver() {
    if (o.callbackPort() != 0) {
      return LoopbackRedirectReceiver.bind(o.callbackPort());
    }
    int stored =
        store
            .client(d.issuer())
            .map(c -> c.metadata().redirectUris())
            .flatMap(uris -> uris.stream().filter(LoginRun::isOurLoopback).findFirst())
            .map(URI::getPort)
            .orElse(0);
    if (stored > 0) {
      try {
        return LoopbackRedirectReceiver.bind(stored);
      } catch (OAuthException e) {
        // taken: a new port means a new registration
      }
    }
    return LoopbackRedirectReceiver.bind(0);
  }

  private static boolean isOurLoopback(URI uri) {
    return "http".equals(uri.getScheme())
        && "127.0.0.1".equals(uri.getHost())
        && uri.getPort() > 0
        && LoopbackRedirectReceiver.PATH.equals(uri.getPath());
  }
}
