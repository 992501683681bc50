package io.cakewalk.oauth.client;

import io.cakewalk.mcp.AuthChallenge;
import io.cakewalk.mcp.McpAuthorization;
import io.cakewalk.oauth.OAuthException;
import io.cakewalk.oauth.id.ResourceUri;
import io.cakewalk.oauth.id.Scope;
import io.cakewalk.oauth.token.AccessToken;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * OAuth behind the {@code mcp-core} credential hook: sends the stored bearer token (refreshed
 * before it expires); on 401 refreshes, and if that is not possible logs in (when interactive); on
 * 403 {@code insufficient_scope} (or a 403 Bearer challenge with a {@code scope}) logs in again
 * with the union of granted and challenged scopes, at most twice per resource. A 401 straight after
 * a fresh login is not retried: that is a misconfiguration, not an expired token.
 */
public final class OAuthMcpAuthorization implements McpAuthorization {

  /** Re-authorizations allowed per resource for step-up (3 authorization attempts in total). */
  static final int MAX_STEP_UPS = 2;

  private final OAuthClient client;
  private final LoginOptions interactive;
  private final Map<ResourceUri, AccessToken> freshFromLogin = new ConcurrentHashMap<>();
  private final Map<ResourceUri, AccessToken> freshFromRefresh = new ConcurrentHashMap<>();
  private final Map<ResourceUri, Integer> stepUps = new ConcurrentHashMap<>();

  /** How many requests the current token was sent with: a 401 on its first use is not expiry. */
  private final Map<ResourceUri, Map.Entry<AccessToken, Integer>> uses = new ConcurrentHashMap<>();

  OAuthMcpAuthorization(OAuthClient client, LoginOptions interactive) {
    this.client = client;
    this.interactive = interactive;
  }

  @Override
  public Optional<String> authorization(URI resource) {
    ResourceUri r = ResourceUri.of(resource);
    if (client.current(r).isEmpty()) {
      return Optional.empty();
    }
    try {
      AccessToken token = client.accessToken(resource);
      uses.compute(
          r,
          (k, e) ->
              e != null && e.getKey().equals(token)
                  ? Map.entry(token, e.getValue() + 1)
                  : Map.entry(token, 1));
      return Optional.of("Bearer " + token.value());
    } catch (OAuthException e) {
      say(e.getMessage());
      return Optional.empty(); // the server's 401 leads to a login when interactive
    }
  }

  @Override
  public boolean onChallenge(URI resource, int status, AuthChallenge challenge) {
    ResourceUri r = ResourceUri.of(resource);
    try {
      if (status == 401) {
        return onUnauthorized(resource, r, challenge);
      }
      if (status == 403 && isStepUp(challenge)) {
        return stepUp(resource, r, challenge);
      }
      return false;
    } catch (OAuthException e) {
      say(e.getMessage());
      return false;
    }
  }

  private boolean onUnauthorized(URI resource, ResourceUri r, AuthChallenge challenge) {
    Optional<AccessToken> current = client.current(r).map(StoredTokens::accessToken);
    if (current.isPresent()
        && current.get().equals(freshFromLogin.get(r))
        && usedOnce(r, current.get())) {
      say(
          "The server at "
              + r
              + " rejected a token it was just issued; check that the server"
              + " and its authorization server agree on the resource URL (audience) and issuer.");
      return false;
    }
    boolean refreshedAlready =
        current.isPresent()
            && current.get().equals(freshFromRefresh.get(r))
            && usedOnce(r, current.get());
    if (current.isPresent() && !refreshedAlready) {
      try {
        if (client.refresh(resource)) {
          client.current(r).ifPresent(t -> freshFromRefresh.put(r, t.accessToken()));
          return true;
        }
      } catch (OAuthException e) {
        say(e.getMessage());
      }
    }
    if (interactive == null) {
      return false;
    }
    Scope scope =
        client.current(r).map(StoredTokens::scope).orElse(Scope.EMPTY).union(scopeOf(challenge));
    login(resource, r, challenge, scope.isEmpty() ? interactive.scope() : scope);
    return true;
  }

  private boolean stepUp(URI resource, ResourceUri r, AuthChallenge challenge) {
    if (interactive == null) {
      return false;
    }
    int done = stepUps.merge(r, 1, Integer::sum);
    if (done > MAX_STEP_UPS) {
      say(
          "The server at "
              + r
              + " still asks for more scope ("
              + scopeOf(challenge)
              + ") after "
              + MAX_STEP_UPS
              + " new authorizations; giving up.");
      return false;
    }
    Scope granted = client.current(r).map(StoredTokens::scope).orElse(Scope.EMPTY);
    login(resource, r, challenge, granted.union(scopeOf(challenge)));
    return true;
  }

  private void login(URI resource, ResourceUri r, AuthChallenge challenge, Scope scope) {
    client.login(resource, interactive.withChallenge(challenge, scope));
    client.current(r).ifPresent(t -> freshFromLogin.put(r, t.accessToken()));
  }

  private boolean usedOnce(ResourceUri r, AccessToken token) {
    Map.Entry<AccessToken, Integer> e = uses.get(r);
    return e == null || !e.getKey().equals(token) || e.getValue() <= 1;
  }

  private static boolean isStepUp(AuthChallenge c) {
    return c != null
        && c.isBearer()
        && (c.error().filter("insufficient_scope"::equals).isPresent() || c.scope().isPresent());
  }

  private static Scope scopeOf(AuthChallenge c) {
    return c == null ? Scope.EMPTY : Scope.parse(c.scope().orElse(null));
  }

  private void say(String message) {
    Consumer<String> out = interactive == null ? System.err::println : interactive.messages();
    out.accept(message);
  }

  @Override
  public String toString() {
    return "OAuthMcpAuthorization[" + client.store() + "]";
  }
}
