package io.cakewalk.cli.commands;

import io.cakewalk.cli.options.AuthOptions;
import io.cakewalk.mcp.McpAuthorization;
import io.cakewalk.oauth.client.Browser;
import io.cakewalk.oauth.client.LoginOptions;
import io.cakewalk.oauth.client.OAuthClient;
import java.net.URI;
import java.time.Duration;
import picocli.CommandLine;

/**
 * Step 2 of {@code connect mistral}: credentials for cakewalk itself to list the server's tools. A
 * bearer token from the environment, or an OAuth login (kept in the token store and reused next
 * time; the demo always logs in again through its own browser), or none.
 */
final class LocalLoginStep {

  private final Context context;
  private final CommandLine cl;
  private final AuthOptions options;
  private final Duration timeout;

  LocalLoginStep(Context context, CommandLine cl, AuthOptions options, Duration timeout) {
    this.context = context;
    this.cl = cl;
    this.options = options;
    this.timeout = timeout;
  }

  McpAuthorization authorize(
      URI url, boolean oauth, String token, boolean bearer, Browser demoLogin) {
    if (bearer) {
      if (token == null) {
        throw new CliException.Config(
            "--auth bearer needs --token-env VAR naming the variable that holds the token");
      }
      return McpAuthorization.bearer(token);
    }
    if (!oauth) {
      return McpAuthorization.none();
    }
    OAuthClient client = OAuthSupport.client(context, timeout);
    if (client.status(url).isEmpty() || demoLogin != null) {
      LoginOptions login =
          demoLogin == null
              ? OAuthSupport.login(context, options, cl.getErr())
              : LoginOptions.builder()
                  .browser(demoLogin)
                  .clientName("Cakewalk")
                  .messages(m -> {})
                  .build();
      try (Spinner s =
          new Spinner(
              cl.getErr(),
              context.interactive(),
              "waiting for the login to finish in the browser")) {
        client.login(url, login);
      }
    }
    return client.mcpAuthorization(null);
  }
}
