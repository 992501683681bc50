package io.cakewalk.cli.commands;

import io.cakewalk.cli.options.AuthOptions;
import io.cakewalk.cli.options.OutputOptions;
import io.cakewalk.mcp.internal.Json;
import io.cakewalk.oauth.client.OAuthClient;
import io.cakewalk.oauth.client.TokenStatus;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cakewalk auth login|status|logout|token}: OAuth logins to MCP servers. */
@Command(
    name = "auth",
    description = "Log in to MCP servers with OAuth 2.1 and manage the stored tokens.",
    mixinStandardHelpOptions = true,
    footer = {
      "%nTokens live in the oauth folder of the configuration directory (files 0600); other"
          + " commands use them automatically for the same server URL.",
      "%nExamples:",
      "  cakewalk auth login https://mcp.example.com/mcp",
      "  cakewalk auth login my-connector --no-browser",
      "  cakewalk auth status my-connector",
      "  cakewalk auth logout my-connector"
    })
public final class AuthCommand {

  static final String TARGET = "MCP endpoint URL or connector name.";

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final Context context;

  @Spec CommandSpec spec;

  public AuthCommand(Context context) {
    this.context = context;
  }

  @Command(
      name = "login",
      description = "Discover the authorization server, register, and log in (PKCE).",
      mixinStandardHelpOptions = true,
      footer = {
        "%nThe browser is $$BROWSER if set, else the system's; with --no-browser, open the"
            + " printed URL anywhere and paste the address you land on.",
        "%nExamples:",
        "  cakewalk auth login https://mcp.example.com/mcp",
        "  cakewalk auth login my-connector --no-browser --callback-port 8765",
        "  cakewalk auth login https://mcp.example.com/mcp \\",
        "      --client-id abc --client-secret-env SECRET"
      })
  void login(
      @Parameters(paramLabel = "<url|connector>", description = AuthCommand.TARGET) String target,
      @Mixin AuthOptions options) {
    CommandLine cl = spec.subcommands().get("login");
    URI url = Targets.endpoint(cl, target, context);
    OAuthClient oauth = OAuthSupport.client(context, TIMEOUT);
    TokenStatus status = oauth.login(url, OAuthSupport.login(context, options, cl.getErr()));
    PrintWriter out = cl.getOut();
    out.println("Logged in to " + status.resource() + " via " + status.issuer());
    out.println("Next: cakewalk tools list " + target);
    out.flush();
  }

  @Command(
      name = "status",
      description = "Show the stored login for a server (never the tokens).",
      mixinStandardHelpOptions = true,
      footer = {"%nExamples:", "  cakewalk auth status my-connector --json"})
  void status(
      @Parameters(paramLabel = "<url|connector>", description = AuthCommand.TARGET) String target,
      @Mixin OutputOptions output) {
    CommandLine cl = spec.subcommands().get("status");
    URI url = Targets.endpoint(cl, target, context);
    Optional<TokenStatus> status = OAuthSupport.client(context, TIMEOUT).status(url);
    PrintWriter out = cl.getOut();
    if (output.json()) {
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("resource", url.toString());
      view.put("loggedIn", status.isPresent());
      status.ifPresent(
          s -> {
            view.put("issuer", s.issuer().toString());
            view.put("clientId", s.clientId().toString());
            view.put("scope", s.scope().toString());
            view.put("expiresAt", s.expiresAt() == null ? null : s.expiresAt().toString());
            view.put("expired", s.expired(Instant.now()));
            view.put("refreshable", s.refreshable());
          });
      out.println(Json.writePretty(view));
    } else if (status.isEmpty()) {
      out.println("Not logged in to " + url + ": cakewalk auth login " + target);
    } else {
      TokenStatus s = status.get();
      out.println("resource:    " + s.resource());
      out.println("issuer:      " + s.issuer());
      out.println("client:      " + s.clientId());
      out.println("scope:       " + (s.scope().toString().isEmpty() ? "(none)" : s.scope()));
      out.println(
          "expires:     "
              + (s.expiresAt() == null ? "not said" : s.expiresAt())
              + (s.expired(Instant.now()) ? " (expired)" : ""));
      out.println("refreshable: " + (s.refreshable() ? "yes" : "no"));
    }
    out.flush();
    if (status.isEmpty()) {
      throw new CliException.Config("not logged in to " + url);
    }
  }

  @Command(
      name = "logout",
      description = "Revoke (where supported) and forget the tokens for a server.",
      mixinStandardHelpOptions = true,
      footer = {"%nExamples:", "  cakewalk auth logout my-connector"})
  void logout(
      @Parameters(paramLabel = "<url|connector>", description = AuthCommand.TARGET) String target) {
    CommandLine cl = spec.subcommands().get("logout");
    URI url = Targets.endpoint(cl, target, context);
    OAuthClient.LogoutResult r = OAuthSupport.client(context, TIMEOUT).logout(url);
    PrintWriter out = cl.getOut();
    if (!r.hadTokens()) {
      out.println("Not logged in to " + url + "; nothing to do");
    } else {
      out.println(
          "Logged out of " + url + (r.revoked() ? " (tokens revoked)" : " (tokens forgotten)"));
    }
    out.flush();
  }

  @Command(
      name = "token",
      description = "Print a valid access token for a server (refreshing it if needed).",
      mixinStandardHelpOptions = true,
      footer = {
        "%nFor scripts: the token goes to stdout and nowhere else.",
        "%nExamples:",
        "  curl -H \"Authorization: Bearer $$(cakewalk auth token my-connector)\" ..."
      })
  void token(
      @Parameters(paramLabel = "<url|connector>", description = AuthCommand.TARGET) String target) {
    CommandLine cl = spec.subcommands().get("token");
    URI url = Targets.endpoint(cl, target, context);
    String token = OAuthSupport.client(context, TIMEOUT).accessToken(url).value();
    cl.getOut().println(token);
    cl.getOut().flush();
  }
}
