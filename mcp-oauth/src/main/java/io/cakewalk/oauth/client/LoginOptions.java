package io.cakewalk.oauth.client;

import io.cakewalk.mcp.AuthChallenge;
import io.cakewalk.oauth.id.ClientId;
import io.cakewalk.oauth.id.ClientSecret;
import io.cakewalk.oauth.id.Issuer;
import io.cakewalk.oauth.id.Scope;
import io.cakewalk.oauth.registration.ClientAuthMethod;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * How one interactive login runs: which client to use, which scope to ask for, how the browser is
 * opened and where messages go. Every setting has a default.
 *
 * <pre>{@code
 * LoginOptions o = LoginOptions.builder()
 *     .clientId(new ClientId("static-public"))
 *     .browser(Browser.none())
 *     .pastedInput(System.in)
 *     .messages(System.err::println)
 *     .build();
 * }</pre>
 *
 * @param scope the scope to request, or {@code null} for the MCP strategy (challenge, advertised,
 *     none)
 * @param clientId a pre-registered client, or {@code null}
 * @param clientSecret its secret, or {@code null}
 * @param authMethod its token endpoint auth method, or {@code null} to choose one
 * @param clientMetadataDocument a Client ID Metadata Document URL to use as {@code client_id} where
 *     supported, or {@code null}
 * @param callbackPort the loopback port, or 0 for any free one
 * @param pastedInput where pasted redirect URLs are read from, or {@code null}
 * @param messages receives the lines meant for the user (the authorization URL among them)
 * @param issuer which authorization server to use when the resource names several, or {@code null}
 * @param challenge the {@code WWW-Authenticate} challenge that prompted the login, or {@code null}
 */
public record LoginOptions(
    Scope scope,
    ClientId clientId,
    ClientSecret clientSecret,
    ClientAuthMethod authMethod,
    URI clientMetadataDocument,
    int callbackPort,
    Browser browser,
    InputStream pastedInput,
    Consumer<String> messages,
    Duration callbackTimeout,
    String clientName,
    Issuer issuer,
    AuthChallenge challenge) {

  public LoginOptions {
    if (callbackPort < 0 || callbackPort > 65535) {
      throw new IllegalArgumentException("callback port must be between 0 and 65535");
    }
    if (clientSecret != null && clientId == null) {
      throw new IllegalArgumentException("a client secret needs a client id");
    }
    browser = browser == null ? Browser.system() : browser;
    messages = messages == null ? System.err::println : messages;
    callbackTimeout = callbackTimeout == null ? Duration.ofMinutes(5) : callbackTimeout;
    clientName = clientName == null ? "Cakewalk" : clientName;
  }

  /** Defaults: system browser, messages to standard error, five-minute callback timeout. */
  public static LoginOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A copy for a step-up or re-login after {@code newChallenge}, asking for {@code newScope}. */
  public LoginOptions withChallenge(AuthChallenge newChallenge, Scope newScope) {
    return new LoginOptions(
        newScope,
        clientId,
        clientSecret,
        authMethod,
        clientMetadataDocument,
        callbackPort,
        browser,
        pastedInput,
        messages,
        callbackTimeout,
        clientName,
        issuer,
        newChallenge);
  }

  /** Builds {@link LoginOptions}. */
  public static final class Builder {
    private Scope scope;
    private ClientId clientId;
    private ClientSecret clientSecret;
    private ClientAuthMethod authMethod;
    private URI clientMetadataDocument;
    private int callbackPort;
    private Browser browser;
    private InputStream pastedInput;
    private Consumer<String> messages;
    private Duration callbackTimeout;
    private String clientName;
    private Issuer issuer;
    private AuthChallenge challenge;

    private Builder() {}

    public Builder scope(Scope scope) {
      this.scope = scope;
      return this;
    }

    public Builder clientId(ClientId clientId) {
      this.clientId = clientId;
      return this;
    }

    public Builder clientSecret(ClientSecret clientSecret) {
      this.clientSecret = clientSecret;
      return this;
    }

    public Builder authMethod(ClientAuthMethod authMethod) {
      this.authMethod = authMethod;
      return this;
    }

    public Builder clientMetadataDocument(URI url) {
      this.clientMetadataDocument = url;
      return this;
    }

    public Builder callbackPort(int port) {
      this.callbackPort = port;
      return this;
    }

    public Builder browser(Browser browser) {
      this.browser = browser;
      return this;
    }

    public Builder pastedInput(InputStream in) {
      this.pastedInput = in;
      return this;
    }

    public Builder messages(Consumer<String> messages) {
      this.messages = messages;
      return this;
    }

    public Builder callbackTimeout(Duration timeout) {
      this.callbackTimeout = timeout;
      return this;
    }

    public Builder clientName(String name) {
      this.clientName = name;
      return this;
    }

    public Builder issuer(Issuer issuer) {
      this.issuer = issuer;
      return this;
    }

    public Builder challenge(AuthChallenge challenge) {
      this.challenge = challenge;
      return this;
    }

    public LoginOptions build() {
      return new LoginOptions(
          scope,
          clientId,
          clientSecret,
          authMethod,
          clientMetadataDocument,
          callbackPort,
          browser,
          pastedInput,
          messages,
          callbackTimeout,
          clientName,
          issuer,
          challenge);
    }
  }
}
