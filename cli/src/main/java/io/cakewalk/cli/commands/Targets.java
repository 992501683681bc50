package io.cakewalk.cli.commands;

import io.cakewalk.cli.connectors.AuthMethod;
import io.cakewalk.cli.connectors.Connector;
import io.cakewalk.cli.connectors.ConnectorRegistry;
import io.cakewalk.cli.options.AuthOptions;
import io.cakewalk.cli.options.HeaderParser;
import io.cakewalk.cli.options.ServerOptions;
import io.cakewalk.cli.options.Transport;
import io.cakewalk.mcp.McpAuthorization;
import io.cakewalk.oauth.client.LoginOptions;
import io.cakewalk.oauth.client.OAuthClient;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Resolves the {@code <url|connector>} argument (or a stdio command after {@code --}) and the
 * server options into a {@link ServerSpec}.
 */
final class Targets {

  private Targets() {}

  /**
   * The arguments after the first {@code --} on the command line: the stdio server command. picocli
   * hands them over as positional parameters, so commands subtract them from their own.
   */
  static List<String> afterDoubleDash(CommandLine cl) {
    List<String> args = cl.getParseResult().originalArgs();
    int dash = args.indexOf("--");
    return dash < 0 ? List.of() : List.copyOf(args.subList(dash + 1, args.size()));
  }

  /**
   * Splits positionals into the command's own parameters and the stdio command; checks that the
   * stdio command is present exactly when {@code --transport stdio} is.
   */
  static List<String> own(CommandLine cl, List<String> positionals, ServerOptions options) {
    List<String> command = afterDoubleDash(cl);
    if (options.transport() == Transport.STDIO && command.isEmpty()) {
      throw new ParameterException(
          cl, "--transport stdio needs the server command after --, e.g. -- node server.js");
    }
    if (options.transport() != Transport.STDIO && !command.isEmpty()) {
      throw new ParameterException(
          cl, "a server command after -- needs --transport stdio (got: " + command + ")");
    }
    return List.copyOf(positionals.subList(0, positionals.size() - command.size()));
  }

  /**
   * Resolves the single server of a command that takes one {@code <url|connector>}, or none with
   * {@code --transport stdio}.
   */
  static ServerSpec single(
      CommandLine cl, List<String> positionals, ServerOptions options, Context ctx) {
    List<String> own = own(cl, positionals == null ? List.of() : positionals, options);
    if (own.size() > (options.transport() == Transport.STDIO ? 0 : 1)) {
      throw new ParameterException(cl, "expected one <url|connector>, got " + own);
    }
    return resolve(cl, own.isEmpty() ? null : own.get(0), options, ctx);
  }

  /** Resolves a URL, a connector name or the stdio command into a spec. */
  static ServerSpec resolve(CommandLine cl, String target, ServerOptions options, Context ctx) {
    Map<String, String> env = ctx.env();
    if (options.transport() == Transport.STDIO) {
      List<String> command = afterDoubleDash(cl);
      return new ServerSpec(
          String.join(" ", command),
          null,
          command,
          Transport.STDIO,
          headers(cl, options.headers(), env),
          McpAuthorization.none(),
          options.protocol(),
          options.timeout());
    }
    if (target == null) {
      throw new ParameterException(cl, "missing <url|connector>");
    }
    List<String> headerEntries = new ArrayList<>();
    URI url;
    String label;
    String tokenEnv = options.tokenEnv();
    boolean oauthConnector = false;
    if (target.contains("://")) {
      url = url(cl, target);
      label = target;
    } else {
      Connector c = connector(target, ctx);
      url = c.url();
      label = c.name();
      headerEntries.addAll(c.headers());
      if (tokenEnv == null && c.auth() == AuthMethod.BEARER) {
        tokenEnv = c.tokenEnv();
      }
      oauthConnector = c.auth() == AuthMethod.OAUTH;
    }
    headerEntries.addAll(options.headers());
    return new ServerSpec(
        label,
        url,
        List.of(),
        options.transport(),
        headers(cl, headerEntries, env),
        tokenEnv != null ? bearer(tokenEnv, label, env) : oauth(cl, ctx, oauthConnector, options),
        options.protocol(),
        options.timeout());
  }

  /** The endpoint URL of a URL or connector name argument. */
  static URI endpoint(CommandLine cl, String target, Context ctx) {
    if (target.contains("://")) {
      return url(cl, target);
    }
    return connector(target, ctx).url();
  }

  static Connector connector(String target, Context ctx) {
    return new ConnectorRegistry(ctx.configDir())
        .find(target)
        .orElseThrow(
            () ->
                new CliException.Config(
                    "no connector named '"
                        + target
                        + "': pass a URL, or add it with 'cakewalk connectors add "
                        + target
                        + " <url>'"));
  }

  static URI url(CommandLine cl, String text) {
    try {
      URI uri = new URI(text);
      if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          || uri.getHost() == null) {
        throw new ParameterException(
            cl, "'" + text + "' is not an http(s) URL (e.g. http://127.0.0.1:3001/mcp)");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new ParameterException(cl, "'" + text + "' is not a URL: " + e.getReason());
    }
  }

  private static Map<String, String> headers(
      CommandLine cl, List<String> entries, Map<String, String> env) {
    try {
      return HeaderParser.parse(entries, env);
    } catch (HeaderParser.UnsetVariableException e) {
      throw new CliException.Config(e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(cl, e.getMessage());
    }
  }

  /**
   * OAuth with stored tokens (after {@code cakewalk auth login}); for an OAuth connector at a
   * terminal it also logs in when the server asks.
   */
  private static McpAuthorization oauth(
      CommandLine cl, Context ctx, boolean login, ServerOptions options) {
    if (!login && !Files.isDirectory(ctx.configDir().resolve("oauth"))) {
      return McpAuthorization.none(); // never logged in anywhere: skip loading the OAuth client
    }
    OAuthClient client = OAuthSupport.client(ctx, options.timeout());
    LoginOptions interactive =
        login && ctx.interactive() ? OAuthSupport.login(ctx, new AuthOptions(), cl.getErr()) : null;
    return client.mcpAuthorization(interactive);
  }

  private static McpAuthorization bearer(String tokenEnv, String label, Map<String, String> env) {
    if (tokenEnv == null) {
      return McpAuthorization.none();
    }
    String token = env.get(tokenEnv);
    if (token == null || token.isBlank()) {
      throw new CliException.Config(
          "environment variable " + tokenEnv + " (bearer token for " + label + ") is not set");
    }
    return McpAuthorization.bearer(token);
  }
}
