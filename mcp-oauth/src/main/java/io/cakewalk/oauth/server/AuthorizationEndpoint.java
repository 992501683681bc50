package io.cakewalk.oauth.server;

import io.cakewalk.oauth.OAuthError;
import io.cakewalk.oauth.internal.FormEncoding;
import io.cakewalk.oauth.internal.Secrets;
import io.cakewalk.oauth.pkce.CodeChallenge;
import io.cakewalk.oauth.pkce.CodeChallengeMethod;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * {@code /authorize} (OAuth 2.1 §4.1.1): validates the request, signs the person in, asks for
 * consent and redirects back with a code, the state and the issuer (RFC 9207).
 *
 * <p>Errors about the client or its redirect URI are shown to the person and never redirected
 * (OAuth 2.1 §4.1.2.1); all other errors go back to the client's redirect URI. Forms are protected
 * against CSRF by a per-request token plus a browser-binding cookie ({@code HttpOnly}, {@code
 * SameSite=Lax}, {@code __Host-} and {@code Secure} over https), so a cross-site post carries
 * neither.
 */
final class AuthorizationEndpoint {

  private static final Logger LOG = Logger.getLogger(AuthorizationEndpoint.class.getName());
  private static final long PENDING_SECONDS = 600;
  private static final long SESSION_SECONDS = 8 * 3600;
  private static final int MAX_FAILED_LOGINS = 5;
  private static final int MAX_PENDING = 10_000;

  private final Settings settings;
  private final AuthorizationStore store;
  private final Clients clients;
  private final Authenticator authenticator;
  private final String action;
  private final String cookieName;
  private final String cookieAttributes;
  private final Map<String, PendingAuthorization> pending = new ConcurrentHashMap<>();
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();

  private record Session(String subject, long authTime, long expiresAt) {}

  AuthorizationEndpoint(
      Settings settings, AuthorizationStore store, Clients clients, Authenticator authenticator) {
    this.settings = settings;
    this.store = store;
    this.clients = clients;
    this.authenticator = authenticator;
    this.action = settings.issuerPath() + AuthorizationServer.AUTHORIZE;
    boolean https = settings.issuer().startsWith("https://");
    this.cookieName = https ? "__Host-cakewalk_browser" : "cakewalk_browser";
    this.cookieAttributes = "; Path=/; HttpOnly; SameSite=Lax" + (https ? "; Secure" : "");
  }

  Response handle(Request request) {
    try {
      if ("GET".equals(request.method())) {
        return start(request);
      }
      if ("POST".equals(request.method())) {
        return submit(request);
      }
      return Response.empty(405).withHeader("Allow", "GET, POST");
    } catch (OAuthFailure e) {
      return Response.html(400, Pages.error(e.description()));
    }
  }

  private Response start(Request request) {
    Form query = request.query();
    String clientId = query.single("client_id").orElse(null);
    if (clientId == null) {
      return Response.html(400, Pages.error("The request does not name a client (client_id)."));
    }
    StoredClient client;
    try {
      client = clients.find(clientId);
    } catch (OAuthFailure e) {
      return Response.html(400, Pages.error("Unknown client: " + e.description() + "."));
    }
    Optional<String> requested = query.single("redirect_uri");
    String redirectUri;
    if (requested.isPresent()) {
      if (RedirectUris.match(client.redirectUris(), requested.get()).isEmpty()) {
        return Response.html(
            400, Pages.error("The redirect_uri is not registered for this client."));
      }
      redirectUri = requested.get();
    } else if (client.redirectUris().size() == 1) {
      redirectUri = client.redirectUris().get(0);
    } else {
      return Response.html(400, Pages.error("The request must name a redirect_uri."));
    }

    Optional<String> state;
    try {
      state = query.single("state");
    } catch (OAuthFailure e) {
      return redirectError(redirectUri, null, e);
    }
    try {
      if (!"code".equals(query.single("response_type").orElse(null))) {
        throw new OAuthFailure(
            OAuthError.UNSUPPORTED_RESPONSE_TYPE, "response_type must be code", 400);
      }
      String challenge =
          query
              .single("code_challenge")
              .orElseThrow(
                  () -> OAuthFailure.invalidRequest("code_challenge is required (PKCE S256)"));
      if (CodeChallengeMethod.parse(query.single("code_challenge_method").orElse(null)).orElse(null)
          != CodeChallengeMethod.S256) {
        throw OAuthFailure.invalidRequest("code_challenge_method must be S256");
      }
      if (CodeChallenge.parseS256(challenge).isEmpty()) {
        throw OAuthFailure.invalidRequest("code_challenge is not a base64url SHA-256 value");
      }
      List<String> scopes = scopes(query.single("scope").orElse(""), client);
      String resource = resource(query.single("resource"));
      if ("none".equals(query.single("prompt").orElse(null))) {
        throw new OAuthFailure(
            OAuthError.CONSENT_REQUIRED, "this server always asks for consent", 400);
      }
      String browserId = request.cookie(cookieName).filter(id -> id.length() == 43).orElse(null);
      boolean newBrowser = browserId == null;
      if (newBrowser) {
        browserId = Secrets.random(32);
      }
      long now = settings.now();
      PendingAuthorization p =
          new PendingAuthorization(
              Secrets.random(32),
              Secrets.random(32),
              browserId,
              client.clientId(),
              client.clientName(),
              redirectUri,
              requested.isPresent(),
              state.orElse(null),
              challenge,
              scopes,
              resource,
              now + PENDING_SECONDS,
              null,
              0,
              0);
      Session session = sessions.get(browserId);
      if (session != null && session.expiresAt() > now) {
        p = p.withSubject(session.subject(), session.authTime());
      }
      remember(p);
      Response page =
          p.subject() == null
              ? Response.html(200, Pages.login(action, p, null))
              : Response.html(200, Pages.consent(action, p, client.redirectUris()));
      return newBrowser
          ? page.withHeader("Set-Cookie", cookieName + "=" + browserId + cookieAttributes)
          : page;
    } catch (OAuthFailure e) {
      return redirectError(redirectUri, state.orElse(null), e);
    }
  }

  private Response submit(Request request) {
    Form form;
    try {
      form = request.form();
    } catch (OAuthFailure e) {
      return Response.html(400, Pages.error("The form could not be read: " + e.description()));
    }
    PendingAuthorization p = form.single("request").map(pending::get).orElse(null);
    if (p == null || p.expiresAt() <= settings.now()) {
      return Response.html(400, Pages.error("This sign-in request is unknown or expired."));
    }
    String browser = request.cookie(cookieName).orElse(null);
    if (!Secrets.equal(browser, p.browserId())
        || !Secrets.equal(form.single("csrf").orElse(null), p.csrf())) {
      return Response.html(403, Pages.error("The form could not be verified (CSRF check failed)."));
    }
    String step = form.single("action").orElse("");
    if ("login".equals(step)) {
      return login(form, p);
    }
    if ("consent".equals(step) && p.subject() != null) {
      pending.remove(p.id());
      if ("approve".equals(form.single("decision").orElse(null))) {
        return approve(p);
      }
      return redirectError(
          p.redirectUri(),
          p.state(),
          new OAuthFailure(OAuthError.ACCESS_DENIED, "the user denied access", 400));
    }
    return Response.html(400, Pages.error("Sign in before giving consent."));
  }

  private Response login(Form form, PendingAuthorization p) {
    Optional<String> subject =
        authenticator.authenticate(
            form.single("username").orElse(""), form.single("password").orElse(""));
    if (subject.isEmpty()) {
      PendingAuthorization failed = p.withFailedLogin();
      if (failed.failedLogins() >= MAX_FAILED_LOGINS) {
        pending.remove(p.id());
        return Response.html(400, Pages.error("Too many failed sign-in attempts."));
      }
      pending.put(p.id(), failed);
      return Response.html(200, Pages.login(action, failed, "Wrong user name or password."));
    }
    long now = settings.now();
    sessions.put(p.browserId(), new Session(subject.get(), now, now + SESSION_SECONDS));
    PendingAuthorization signedIn = p.withSubject(subject.get(), now);
    pending.put(p.id(), signedIn);
    List<String> redirects;
    try {
      redirects = clients.find(p.clientId()).redirectUris();
    } catch (OAuthFailure e) {
      redirects = List.of(p.redirectUri());
    }
    return Response.html(200, Pages.consent(action, signedIn, redirects));
  }

  private Response approve(PendingAuthorization p) {
    String code = Secrets.token("ac_");
    long now = settings.now();
    store.saveCode(
        new StoredCode(
            Secrets.sha256(code),
            Secrets.random(16),
            p.clientId(),
            p.redirectUriSent() ? p.redirectUri() : null,
            p.codeChallenge(),
            p.scopes(),
            p.resource(),
            p.subject(),
            p.authTime(),
            now + settings.codeTtl().getSeconds(),
            false));
    Map<String, String> params = new LinkedHashMap<>();
    params.put("code", code);
    if (p.state() != null) {
      params.put("state", p.state());
    }
    params.put("iss", settings.issuer());
    return Response.redirect(append(p.redirectUri(), params));
  }

  private Response redirectError(String redirectUri, String state, OAuthFailure failure) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("error", failure.error());
    params.put("error_description", failure.description());
    if (state != null) {
      params.put("state", state);
    }
    params.put("iss", settings.issuer());
    return Response.redirect(append(redirectUri, params));
  }

  private List<String> scopes(String requested, StoredClient client) {
    List<String> granted = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    boolean offline = false;
    for (String scope :
        Arrays.stream(requested.split(" ")).filter(s -> !s.isEmpty()).distinct().toList()) {
      if (Settings.OFFLINE_ACCESS.equals(scope)) {
        offline = true;
      } else if (settings.scopes().contains(scope)) {
        granted.add(scope);
      } else {
        unknown.add(scope);
      }
    }
    if (!unknown.isEmpty()) {
      if (settings.strictScopes()) {
        throw new OAuthFailure(OAuthError.INVALID_SCOPE, "unknown scope " + unknown.get(0), 400);
      }
      LOG.info(() -> "dropping unknown scopes " + unknown);
    }
    if (granted.isEmpty()) {
      granted.addAll(settings.defaultScopes());
    }
    if (offline && client.mayRefresh()) {
      granted.add(Settings.OFFLINE_ACCESS);
    }
    return granted;
  }

  private String resource(Optional<String> requested) {
    if (requested.isPresent()) {
      String resource = settings.protectedResource(requested.get());
      if (resource == null) {
        throw new OAuthFailure(
            OAuthError.INVALID_TARGET, "resource is not protected by this server", 400);
      }
      return resource;
    }
    if (settings.resources().size() == 1) {
      return settings.resources().get(0);
    }
    throw new OAuthFailure(OAuthError.INVALID_TARGET, "resource is required", 400);
  }

  private void remember(PendingAuthorization p) {
    if (pending.size() >= MAX_PENDING) {
      long now = settings.now();
      pending.values().removeIf(old -> old.expiresAt() <= now);
      sessions.values().removeIf(s -> s.expiresAt() <= now);
      if (pending.size() >= MAX_PENDING) {
        throw new OAuthFailure(OAuthError.SERVER_ERROR, "too many pending sign-ins", 503);
      }
    }
    pending.put(p.id(), p);
  }

  private static String append(String uri, Map<String, String> params) {
    return uri + (uri.contains("?") ? "&" : "?") + FormEncoding.encode(params);
  }
}
