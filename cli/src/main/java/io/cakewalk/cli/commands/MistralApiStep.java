package io.cakewalk.cli.commands;

import io.cakewalk.cli.connect.MistralRegistration;
import io.cakewalk.mistral.connectors.Connector;
import io.cakewalk.mistral.connectors.ConnectorTool;
import io.cakewalk.mistral.connectors.Visibility;
import io.cakewalk.oauth.client.Browser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;

/**
 * Step 3 of {@code connect mistral} with an API key: asks before changing anything at Mistral
 * (unless {@code --yes}), registers the connector, authenticates it (OAuth in the user's browser,
 * waiting with a spinner until Mistral reports it), and lists the tools Mistral sees.
 */
final class MistralApiStep {

  static final Duration OAUTH_WAIT = Duration.ofMinutes(5);

  private final Context context;
  private final CommandLine cl;
  private final boolean quiet;
  private final boolean yes;
  private final boolean noBrowser;

  MistralApiStep(Context context, CommandLine cl, boolean quiet, boolean yes, boolean noBrowser) {
    this.context = context;
    this.cl = cl;
    this.quiet = quiet;
    this.yes = yes;
    this.noBrowser = noBrowser;
  }

  /** Registers and authenticates the connector; returns its id and the tools Mistral lists. */
  Map<String, Object> register(
      String name,
      String description,
      URI url,
      Visibility visibility,
      boolean oauth,
      String token) {
    PrintWriter out = cl.getOut();
    PrintWriter err = cl.getErr();
    MistralRegistration mistral =
        new MistralRegistration(MistralSupport.client(context).connectors(), Clock.systemUTC());
    if (!yes
        && context.interactive()
        && !confirm("Create or update connector '" + name + "' in your Mistral workspace?")) {
      throw new CliException.Config("stopped before changing anything at Mistral");
    }
    Connector connector = mistral.register(name, description, url, visibility);
    if (!quiet) {
      out.println("  Mistral connector " + connector.name() + " (" + connector.id() + ")");
      out.flush();
    }
    if (oauth) {
      URI authUrl = mistral.oauthUrl(name, null);
      err.println("Authorize Mistral at your server: " + authUrl);
      err.flush();
      if (!noBrowser) {
        Browser.command(context.env().get("BROWSER")).open(authUrl);
      }
      boolean ok;
      try (Spinner s =
          new Spinner(err, context.interactive(), "waiting until Mistral reports it connected")) {
        ok = mistral.awaitAuthenticated(name, OAUTH_WAIT, Duration.ofSeconds(2), () -> {});
      }
      if (!ok) {
        throw new CliException.CheckFailed(
            "Mistral did not report "
                + name
                + " authenticated within 5 minutes: finish signing in, then run: cakewalk"
                + " mistral connectors tools "
                + name);
      }
    } else if (token != null) {
      mistral.authenticateWithBearer(name, token);
    } else {
      mistral.authenticateWithoutCredentials(name);
    }
    List<ConnectorTool> seen = mistral.tools(name);
    if (!quiet) {
      out.println("  Connected: Mistral lists " + seen.size() + " tools through " + name);
      out.flush();
    }
    return Map.of("id", connector.id(), "tools", seen.stream().map(ConnectorTool::name).toList());
  }

  private boolean confirm(String question) {
    cl.getErr().print(question + " [Y/n] ");
    cl.getErr().flush();
    try {
      BufferedReader in =
          new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8));
      String answer = in.readLine();
      return answer == null
          || answer.isBlank()
          || answer.strip().toLowerCase(Locale.ROOT).startsWith("y");
    } catch (IOException e) {
      return false;
    }
  }
}
