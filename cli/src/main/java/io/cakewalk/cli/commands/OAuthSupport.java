package io.cakewalk.cli.commands;

import io.cakewalk.cli.options.AuthOptions;
import io.cakewalk.oauth.client.Browser;
import io.cakewalk.oauth.client.FileTokenStore;
import io.cakewalk.oauth.client.LoginOptions;
import io.cakewalk.oauth.client.OAuthClient;
import io.cakewalk.oauth.id.ClientId;
import io.cakewalk.oauth.id.ClientSecret;
import io.cakewalk.oauth.id.Scope;
import java.io.PrintWriter;
import java.time.Duration;

/** Builds the OAuth client and login options the commands use, from the context and options. */
final class OAuthSupport {

  private OAuthSupport() {}

  /** The OAuth client with tokens under {@code <config>/oauth} (files 0600). */
  static OAuthClient client(Context context, Duration timeout) {
    return OAuthClient.builder()
        .store(new FileTokenStore(context.configDir().resolve("oauth")))
        .timeout(timeout)
        // http is allowed only for loopback servers: local development and the demo gateway.
        .insecureLoopbackHttp(true)
        .build();
  }

  /** Login options from {@code --no-browser}, {@code --client-id} and friends. */
  static LoginOptions login(Context context, AuthOptions options, PrintWriter err) {
    Browser browser;
    if (options.headless()) {
      browser = Browser.headless();
    } else if (options.noBrowser()) {
      browser = Browser.none();
    } else {
      browser = Browser.command(context.env().get("BROWSER"));
    }
    LoginOptions.Builder b =
        LoginOptions.builder()
            .browser(browser)
            .callbackPort(options.callbackPort())
            .clientName("Cakewalk")
            .messages(
                line -> {
                  err.println(line);
                  err.flush();
                });
    if (options.noBrowser()) {
      b.pastedInput(context.in());
    }
    if (options.scope() != null) {
      b.scope(Scope.parse(options.scope()));
    }
    if (options.clientId() != null) {
      b.clientId(new ClientId(options.clientId()));
      if (options.clientSecretEnv() != null) {
        String secret = context.env().get(options.clientSecretEnv());
        if (secret == null || secret.isBlank()) {
          throw new CliException.Config(
              "environment variable " + options.clientSecretEnv() + " (client secret) is not set");
        }
        b.clientSecret(new ClientSecret(secret));
      }
    }
    return b.build();
  }
}
