package io.cakewalk.cli.commands;

import io.cakewalk.cli.connect.Compatibility;
import io.cakewalk.cli.connect.DemoBrowser;
import io.cakewalk.cli.connect.LeChatForm;
import io.cakewalk.cli.connectors.AuthMethod;
import io.cakewalk.cli.connectors.Connector;
import io.cakewalk.cli.connectors.ConnectorName;
import io.cakewalk.cli.connectors.ConnectorRegistry;
import io.cakewalk.cli.options.AuthOptions;
import io.cakewalk.cli.options.ProtocolChoice;
import io.cakewalk.cli.options.Transport;
import io.cakewalk.cli.probe.ProbeReport;
import io.cakewalk.cli.probe.ReadinessProbe;
import io.cakewalk.mcp.McpAuthorization;
import io.cakewalk.mcp.internal.Json;
import io.cakewalk.mcp.schema.CallToolResult;
import io.cakewalk.mcp.schema.Content;
import io.cakewalk.mcp.schema.Tool;
import io.cakewalk.mistral.connectors.Visibility;
import io.cakewalk.mistral.mcp.ExportFormat;
import io.cakewalk.oauth.client.Browser;
import io.cakewalk.oauth.server.Gateway;
import io.cakewalk.oauth.server.InMemoryAuthorizationStore;
import io.cakewalk.oauth.server.OneTimePasswordAuthenticator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * tools, and say what to do next. The steps themselves live in libraries and plain classes.
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
    connect(cl, url, null);
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
      connect(
          cl, gateway.mcpUrl(), new DemoBrowser(login.username(), login.revealPassword(), m -> {}));
    }
  }

  /** Runs every step against {@code url}; {@code demoLogin} replaces the browser in the demo. */
  void connect(CommandLine cl, URI url, Browser demoLogin) {
    PrintWriter out = cl.getOut();
    PrintWriter err = cl.getErr();
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("server", url.toString());
    summary.put("name", name);

    // 1. Readiness, the way Le Chat's auto-detection sees the server.
    step(out, "1/4", "Checking " + url + " the way Le Chat does");
    Map<String, String> probeHeaders = new LinkedHashMap<>();
    String token = tokenEnv == null ? null : token(tokenEnv);
    if (token != null) {
      probeHeaders.put("Authorization", "Bearer " + token);
    }
    ProbeReport report;
    try (Spinner s = new Spinner(err, context.interactive(), "probing " + url)) {
      report = new ReadinessProbe(timeout).probe(url, probeHeaders);
    }
    summary.put(
        "readiness",
        Map.of("ready", report.ready(), "auth", report.auth(), "checks", report.checks()));
    if (!json) {
      ProbeCommand.print(report, out, false, context.colour());
    }
    if (!report.ready()) {
      finish(out, summary);
      throw new CliException.CheckFailed(
          report.failures()
              + " readiness checks failed: fix them (see above) and run connect mistral again");
    }

    // 2. Log in locally and look at the tools.
    Auth method =
        auth != Auth.AUTO
            ? auth
            : token != null
                ? Auth.BEARER
                : switch (report.auth()) {
                  case "oauth" -> Auth.OAUTH;
                  default -> Auth.NONE;
                };
    summary.put("auth", method.name().toLowerCase(java.util.Locale.ROOT));
    step(
        out,
        "2/4",
        "Logging in ("
            + method.name().toLowerCase(java.util.Locale.ROOT)
            + ") and checking the tools for Mistral");
    McpAuthorization authorization =
        new LocalLoginStep(context, cl, authOptions, timeout)
            .authorize(url, method == Auth.OAUTH, token, method == Auth.BEARER, demoLogin);
    List<Tool> tools;
    ServerSpec serverSpec =
        new ServerSpec(
            name,
            url,
            List.of(),
            Transport.AUTO,
            Map.of(),
            authorization,
            ProtocolChoice.LEGACY,
            timeout);
    try (Spinner s = new Spinner(err, context.interactive(), "listing tools");
        McpSession session = context.clients().open(serverSpec)) {
      tools = session.listTools();
      if (demo) {
        tryOneTool(session, tools, out);
      }
    }
    Compatibility compat = Compatibility.of(tools);
    summary.put("tools", tools.stream().map(Tool::name).toList());
    summary.put("compatibility", Map.of("problems", compat.problems(), "notes", compat.notes()));
    if (!json) {
      out.println(
          "  "
              + tools.size()
              + " tools: "
              + String.join(", ", tools.stream().map(Tool::name).toList()));
      compat.problems().forEach(p -> out.println("  problem: " + p));
      compat.notes().forEach(n -> out.println("  note: " + n));
      out.println(
          compat.compatible()
              ? "  All tools can be used with Mistral."
              : "  Some tools cannot be used with Mistral as they are.");
    }

    // 3. Register: locally, then with Mistral or as Le Chat form values.
    step(out, "3/4", "Registering connector " + name);
    AuthMethod local =
        switch (method) {
          case OAUTH -> AuthMethod.OAUTH;
          case BEARER -> AuthMethod.BEARER;
          default -> AuthMethod.NONE;
        };
    new ConnectorRegistry(context.configDir())
        .put(
            new Connector(
                name,
                url,
                local,
                local == AuthMethod.BEARER ? tokenEnv : null,
                List.of(),
                description.isEmpty() ? null : description));
    summary.put(
        "local", Map.of("registry", new ConnectorRegistry(context.configDir()).file().toString()));
    if (!json) {
      out.println("  Saved in the local registry: cakewalk tools list " + name);
    }
    Target where =
        target != null
            ? target
            : MistralSupport.hasKey(context) && !demo ? Target.API : Target.LE_CHAT;
    if (where != Target.LE_CHAT) {
      summary.put(
          "mistral",
          new MistralApiStep(context, cl, json, yes, authOptions.noBrowser())
              .register(name, description, url, visibility, method == Auth.OAUTH, token));
    }
    if (where != Target.API && !json) {
      LeChatForm.print(
          out, name, url, description, method.name().toLowerCase(java.util.Locale.ROOT));
      if (demo) {
        out.println(
            "  (Demo: the gateway runs on this machine, so Le Chat cannot reach it; serve it"
                + " behind public HTTPS first.)");
      } else if (context.interactive() && !authOptions.noBrowser()) {
        Browser.command(context.env().get("BROWSER")).open(LeChatForm.CONNECTORS_PAGE);
      }
    }

    // 4. Export the tools and say what is next.
    step(out, "4/4", "Writing the tools as Mistral function definitions");
    Path file =
        output != null
            ? output
            : context.configDir().resolve("exports").resolve(name + "-tools.json");
    if (compat.exported() != null) {
      write(file, compat.exported().toJson(ExportFormat.MISTRAL));
      summary.put("export", file.toString());
      if (!json) {
        out.println("  " + compat.exported().tools().size() + " functions → " + file);
      }
    }
    List<String> next =
        demo
            ? List.of(
                "cakewalk gateway                 # run the gateway yourself on port 8787",
                "cakewalk connect mistral --server http://127.0.0.1:8787/mcp",
                "cakewalk connect mistral --server https://<public host>/mcp   # for Le Chat")
            : List.of(
                "cakewalk tools call " + name + " <tool> --arg key=value",
                "cakewalk chat " + name + " \"What can you do?\"   (needs MISTRAL_API_KEY)",
                "cakewalk shell " + name);
    summary.put("next", next);
    if (!json) {
      out.println();
      out.println(demo ? "Demo complete. Next:" : "Connected. Next:");
      next.forEach(n -> out.println("  " + n));
    }
    finish(out, summary);
    if (!compat.compatible()) {
      throw new CliException.NotPortable(
          compat.problems().size() + " tools cannot be used with Mistral as they are (see above)");
    }
  }

  /** Calls the first tool that needs no arguments, to show that the login works end to end. */
  private void tryOneTool(McpSession session, List<Tool> tools, PrintWriter out) {
    tools.stream()
        .filter(t -> !(t.inputSchema().get("required") instanceof List<?> r) || r.isEmpty())
        .findFirst()
        .ifPresent(
            t -> {
              CallToolResult r = session.callTool(t.name(), Map.of());
              String text =
                  r.content().stream()
                      .filter(c -> c instanceof Content.Text)
                      .map(c -> ((Content.Text) c).text())
                      .findFirst()
                      .orElse("(no text)");
              if (!json) {
                out.println("  Called " + t.name() + " with the new token: " + Table.cut(text, 60));
              }
            });
  }

  private String token(String variable) {
    String value = context.env().get(variable);
    if (value == null || value.isBlank()) {
      throw new CliException.Config(
          "environment variable " + variable + " (the bearer token) is not set");
    }
    return value;
  }

  private void step(PrintWriter out, String number, String text) {
    if (!json) {
      out.println();
      out.println(
          context.colour()
              ? picocli.CommandLine.Help.Ansi.ON.string("@|bold " + number + " " + text + "|@")
              : number + " " + text);
      out.flush();
    }
  }

  private void finish(PrintWriter out, Map<String, Object> summary) {
    if (json) {
      out.println(Json.writePretty(summary));
    }
    out.flush();
  }

  private static void write(Path file, String text) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, text + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads {@code le-chat}, {@code api} and {@code both}. */
  static final class TargetConverter implements CommandLine.ITypeConverter<Target> {
    @Override
    public Target convert(String value) {
      return Target.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
  }
}
