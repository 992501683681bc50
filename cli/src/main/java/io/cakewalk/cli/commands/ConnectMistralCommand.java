package io.cakewalk.cli.commands;

import io.cakewalk.cli.connect.DemoBrowser;
import io.cakewalk.cli.connectors.ConnectorName;
import io.cakewalk.cli.options.AuthOptions;
import io.cakewalk.mistral.connectors.Visibility;
import io.cakewalk.oauth.server.Gateway;
import io.cakewalk.oauth.server.InMemoryAuthorizationStore;
import io.cakewalk.oauth.server.OneTimePasswordAuthenticator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code cakewalk connect mistral}: probe, authenticate, check the tools, register the connector
 * (locally, and with Mistral when there is an API key, or as Le Chat form values), export the
 * tools, and say what to do next. The command parses; {@link ConnectFlow} runs the steps.
 */
@Command(
    name = "mistral",
    description = "Probe a server, log in, check its tools and register it with Mistral.",
    mixinStandardHelpOptions = true,
    footer = {
      "%nWith MISTRAL_API_KEY, the connector is created through Mistral's Connectors API"
          + " (shared with the workspace so the key can use it); without one, cakewalk prints the"
          + " values for Le Chat's Custom MCP Connector form.",
      "%nExamples:",
      "  cakewalk connect mistral --demo        # all on this machine, no internet",
      "  cakewalk connect mistral --server https://mcp.example.com/mcp --name Example",
      "  cakewalk connect mistral --auth bearer --token-env MCP_TOKEN \\",
      "      --target api --yes",
      "%nExit codes: 0 connected, 2 configuration, 3 login failed, 4 unreachable,",
      "  6 tools not portable, 9 readiness check failed."
    })
public final class ConnectMistralCommand implements Runnable {

  static final URI DEFAULT_SERVER = URI.create("https://mcp-gateway.getcakewalk.io/mcp");

  /** How to authenticate to the MCP server. */
  enum Auth {
    AUTO,
    OAUTH,
    BEARER,
    NONE
  }

  /** Where to register the connector. */
  enum Target {
    LE_CHAT,
    API,
    BOTH
  }

  private Context context;

  @Spec CommandSpec spec;

  @Option(
      names = "--server",
      paramLabel = "URL|connector",
      description =
          "MCP endpoint or connector name. Default: the Cakewalk gateway"
              + " (mcp-gateway.getcakewalk.io).")
  String server;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      defaultValue = "Cakewalk",
      description =
          "Connector name (letters, digits, _ or -, at most 64). Default: ${DEFAULT-VALUE}.")
  String name;

  @Option(
      names = "--description",
      paramLabel = "TEXT",
      defaultValue = "",
      description = "What the connector offers.")
  String description;

  @Option(
      names = "--auth",
      paramLabel = "auto|oauth|bearer|none",
      defaultValue = "auto",
      description =
          "How to authenticate to the server. Default: ${DEFAULT-VALUE} (what the probe detects).")
  Auth auth;

  @Option(
      names = "--token-env",
      paramLabel = "VAR",
      description = "Environment variable with the bearer token (for --auth bearer).")
  String tokenEnv;

  @Option(
      names = "--target",
      paramLabel = "le-chat|api|both",
      description =
          "Register in Le Chat (print the form values), through the API, or both. Default: api with MISTRAL_API_KEY, else le-chat.",
      converter = TargetConverter.class)
  Target target;

  @Option(
      names = "--visibility",
      paramLabel = "VISIBILITY",
      defaultValue = "SHARED_WORKSPACE",
      description =
          "Who sees the API connector: private, shared_workspace or shared_org. Default:"
              + " shared_workspace (so the key can use it).")
  Visibility visibility;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Where to write the Mistral tool definitions. Default: <config>/exports/<name>-tools.json.")
  Path output;

  @Option(names = "--yes", description = "Do not ask before changing anything at Mistral.")
  boolean yes;

  @Option(names = "--json", description = "Print a JSON summary instead of the step-by-step text.")
  boolean json;

  @Option(
      names = "--demo",
      description =
          "Start the embedded demo gateway and walk every step on this machine, non-interactively.")
  boolean demo;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      defaultValue = "30s",
      converter = io.cakewalk.cli.options.DurationConverter.class,
      description = "Per-request timeout. Default: ${DEFAULT-VALUE}.")
  Duration timeout;

  @Mixin AuthOptions authOptions;

  public ConnectMistralCommand(Context context) {
    this.context = context;
  }

  @Override
  public void run() {
    CommandLine cl = spec.commandLine();
    if (!ConnectorName.isValid(name)) {
      throw new ParameterException(
          cl, "--name '" + name + "' must be 1-64 letters, digits, '_' or '-' (Le Chat's rule)");
    }
    if (demo) {
      demo(cl);
      return;
    }
    URI url = Targets.endpoint(cl, server == null ? DEFAULT_SERVER.toString() : server, context);
    flow(cl).run(url, null);
  }

  /**
   * Starts the embedded gateway on a free loopback port and walks every step against it, logging in
   * with its one-time password; registry, tokens and export go to {@code demo/} in the
   * configuration directory, replaced on each run, so the user's configuration is untouched.
   */
  private void demo(CommandLine cl) {
    if (server != null || (target != null && target != Target.LE_CHAT)) {
      throw new ParameterException(
          cl, "--demo runs its own gateway on this machine: drop --server and --target");
    }
    Path sandbox = context.configDir().resolve("demo");
    try {
      if (Files.isDirectory(sandbox)) {
        try (java.util.stream.Stream<Path> old = Files.walk(sandbox)) {
          for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
      Files.createDirectories(sandbox);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + sandbox + ": " + e.getMessage(), e);
    }
    context =
        new Context(context.env(), sandbox, context.interactive(), context.clients(), context.in());
    OneTimePasswordAuthenticator login = OneTimePasswordAuthenticator.generate("demo");
    try (Gateway gateway =
        Gateway.builder(login).port(0).store(new InMemoryAuthorizationStore()).start()) {
      if (!json) {
        cl.getOut().println("Demo: started the Cakewalk gateway at " + gateway.mcpUrl());
        cl.getOut().println("      (files of this run go to " + sandbox + ")");
      }
      flow(cl)
          .run(
              gateway.mcpUrl(), new DemoBrowser(login.username(), login.revealPassword(), m -> {}));
    }
  }

  private ConnectFlow flow(CommandLine cl) {
    return new ConnectFlow(
        context,
        cl,
        new ConnectFlow.Settings(
            name,
            description,
            auth,
            tokenEnv,
            target,
            visibility,
            output,
            yes,
            json,
            demo,
            timeout,
            authOptions));
  }

  /** Reads {@code le-chat}, {@code api} and {@code both}. */
  static final class TargetConverter implements CommandLine.ITypeConverter<Target> {
    @Override
    public Target convert(String value) {
      return Target.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
  }
}
