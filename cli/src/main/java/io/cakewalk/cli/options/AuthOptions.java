package io.cakewalk.cli.options;

import picocli.CommandLine.Option;

/** How an interactive OAuth login runs: browser, callback port, pre-registered client, scope. */
public final class AuthOptions {

  @Option(
      names = "--no-browser",
      description = "Do not open a browser: print the URL and read the pasted redirect URL.")
  boolean noBrowser;

  @Option(
      names = "--callback-port",
      paramLabel = "PORT",
      description = "Loopback port for the OAuth callback (default: any free port).")
  int callbackPort;

  @Option(
      names = "--client-id",
      paramLabel = "ID",
      description = "A pre-registered OAuth client instead of dynamic registration.")
  String clientId;

  @Option(
      names = "--client-secret-env",
      paramLabel = "VAR",
      description = "Environment variable holding the pre-registered client's secret.")
  String clientSecretEnv;

  @Option(
      names = "--scope",
      paramLabel = "SCOPE",
      description = "Space-separated scopes to ask for (default: what the server advertises).")
  String scope;

  /** Test and CI mode: follow the authorization server's redirects without a person. */
  @Option(names = "--headless-browser", hidden = true)
  boolean headless;

  public boolean noBrowser() {
    return noBrowser;
  }

  public int callbackPort() {
    return callbackPort;
  }

  public String clientId() {
    return clientId;
  }

  public String clientSecretEnv() {
    return clientSecretEnv;
  }

  public String scope() {
    return scope;
  }

  public boolean headless() {
    return headless;
  }
}
