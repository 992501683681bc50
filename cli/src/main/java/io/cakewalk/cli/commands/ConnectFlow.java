package io.cakewalk.cli.commands;

import io.cakewalk.cli.commands.ConnectMistralCommand.Auth;
import io.cakewalk.cli.commands.ConnectMistralCommand.Target;
import io.cakewalk.cli.connect.Compatibility;
import io.cakewalk.cli.connect.LeChatForm;
import io.cakewalk.cli.connectors.AuthMethod;
import io.cakewalk.cli.connectors.Connector;
import io.cakewalk.cli.connectors.ConnectorRegistry;
import io.cakewalk.cli.options.AuthOptions;
import io.cakewalk.cli.options.ProtocolChoice;
import io.cakewalk.cli.options.Transport;
import io.cakewalk.cli.probe.ProbeReport;
import io.cakewalk.cli.probe.ReadinessProbe;
import io.cakewalk.mcp.McpAuthorization;
import io.cakewalk.mcp.schema.CallToolResult;
import io.cakewalk.mcp.schema.Content;
import io.cakewalk.mcp.schema.Tool;
import io.cakewalk.mistral.connectors.Visibility;
import io.cakewalk.mistral.mcp.ExportFormat;
import io.cakewalk.oauth.client.Browser;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;

/**
 * The four steps of {@code connect mistral} against one server: readiness, local login and the
 * tools' compatibility, registration, and export. It prints through a {@link ConnectReport}.
 */
final class ConnectFlow {

  /** What the command line asked for. */
  record Settings(
      String name,
      String description,
      Auth auth,
      String tokenEnv,
      Target target,
      Visibility visibility,
      Path output,
      boolean yes,
      boolean json,
      boolean demo,
      Duration timeout,
      AuthOptions authOptions) {}

  private final Context context;
  private final CommandLine cl;
  private final Settings s;
  private final ConnectReport report;

  ConnectFlow(Context context, CommandLine cl, Settings settings) {
    this.context = context;
    this.cl = cl;
    this.s = settings;
    this.report = new ConnectReport(cl.getOut(), settings.json(), context.colour());
  }

  /** Runs every step against {@code url}; {@code demoLogin} replaces the browser in the demo. */
  void run(URI url, Browser demoLogin) {
    report.put("server", url.toString());
    report.put("name", s.name());
    report.step("1/4", "Checking " + url + " the way Le Chat does");
    String token = s.tokenEnv() == null ? null : token(s.tokenEnv());
    ProbeReport readiness = checkReadiness(url, token);
    Auth method = method(readiness, token);
    Compatibility compat = loginAndCheckTools(url, method, token, demoLogin);
    register(url, method, token);
    export(compat);
    if (!compat.compatible()) {
      throw new CliException.NotPortable(
          compat.problems().size() + " tools cannot be used with Mistral as they are (see above)");
    }
  }

  /** 1. Readiness, the way Le Chat's auto-detection sees the server. */
  private ProbeReport checkReadiness(URI url, String token) {
    Map<String, String> probeHeaders = new LinkedHashMap<>();
    if (token != null) {
      probeHeaders.put("Authorization", "Bearer " + token);
    }
    ProbeReport readiness;
    try (Spinner spinner = new Spinner(cl.getErr(), context.interactive(), "probing " + url)) {
      readiness = new ReadinessProbe(s.timeout()).probe(url, probeHeaders);
    }
    report.put(
        "readiness",
        Map.of("ready", readiness.ready(), "auth", readiness.auth(), "checks", readiness.checks()));
    if (!s.json()) {
      ProbeCommand.print(readiness, cl.getOut(), false, context.colour());
    }
    if (!readiness.ready()) {
      report.finish();
      throw new CliException.CheckFailed(
          readiness.failures()
              + " readiness checks failed: fix them (see above) and run connect mistral again");
    }
    return readiness;
  }

  private Auth method(ProbeReport readiness, String token) {
    if (s.auth() != Auth.AUTO) {
      return s.auth();
    }
    if (token != null) {
      return Auth.BEARER;
    }
    return readiness.auth().equals("oauth") ? Auth.OAUTH : Auth.NONE;
  }

  /** 2. Log in locally and look at the tools. */
  private Compatibility loginAndCheckTools(URI url, Auth method, String token, Browser demoLogin) {
    String label = method.name().toLowerCase(Locale.ROOT);
    report.put("auth", label);
    report.step("2/4", "Logging in (" + label + ") and checking the tools for Mistral");
    McpAuthorization authorization =
        new LocalLoginStep(context, cl, s.authOptions(), s.timeout())
            .authorize(url, method == Auth.OAUTH, token, method == Auth.BEARER, demoLogin);
    ServerSpec serverSpec =
        new ServerSpec(
            s.name(),
            url,
            List.of(),
            Transport.AUTO,
            Map.of(),
            authorization,
            ProtocolChoice.LEGACY,
            s.timeout());
    List<Tool> tools;
    try (Spinner spinner = new Spinner(cl.getErr(), context.interactive(), "listing tools");
        McpSession session = context.clients().open(serverSpec)) {
      tools = session.listTools();
      if (s.demo()) {
        tryOneTool(session, tools);
      }
    }
    Compatibility compat = Compatibility.of(tools);
    report.put("tools", tools.stream().map(Tool::name).toList());
    report.put("compatibility", Map.of("problems", compat.problems(), "notes", compat.notes()));
    report.tools(tools, compat);
    return compat;
  }

  /** Calls the first tool that needs no arguments, to show that the login works end to end. */
  private void tryOneTool(McpSession session, List<Tool> tools) {
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
              report.line("  Called " + t.name() + " with the new token: " + Table.cut(text, 60));
            });
  }

  /** 3. Register: locally, then with Mistral or as Le Chat form values. */
  private void register(URI url, Auth method, String token) {
    report.step("3/4", "Registering connector " + s.name());
    AuthMethod local =
        switch (method) {
          case OAUTH -> AuthMethod.OAUTH;
          case BEARER -> AuthMethod.BEARER;
          default -> AuthMethod.NONE;
        };
    ConnectorRegistry registry = new ConnectorRegistry(context.configDir());
    registry.put(
        new Connector(
            s.name(),
            url,
            local,
            local == AuthMethod.BEARER ? s.tokenEnv() : null,
            List.of(),
            s.description().isEmpty() ? null : s.description()));
    report.put("local", Map.of("registry", registry.file().toString()));
    report.line(
        s.demo()
            ? "  Saved in the demo's own registry "
                + registry.file()
                + " (your registry is untouched)"
            : "  Saved in the local registry: cakewalk tools list " + s.name());
    Target where =
        s.target() != null
            ? s.target()
            : MistralSupport.hasKey(context) && !s.demo() ? Target.API : Target.LE_CHAT;
    if (where != Target.LE_CHAT) {
      report.put(
          "mistral",
          new MistralApiStep(context, cl, s.json(), s.yes(), s.authOptions().noBrowser())
              .register(
                  s.name(), s.description(), url, s.visibility(), method == Auth.OAUTH, token));
    }
    if (where != Target.API && !s.json()) {
      LeChatForm.print(
          cl.getOut(), s.name(), url, s.description(), method.name().toLowerCase(Locale.ROOT));
      if (s.demo()) {
        report.line(
            "  (Demo: the gateway runs on this machine, so Le Chat cannot reach it; serve it"
                + " behind public HTTPS first.)");
      } else if (context.interactive() && !s.authOptions().noBrowser()) {
        Browser.command(context.env().get("BROWSER")).open(LeChatForm.CONNECTORS_PAGE);
      }
    }
  }

  /** 4. Export the tools and say what is next. */
  private void export(Compatibility compat) {
    report.step("4/4", "Writing the tools as Mistral function definitions");
    Path file =
        s.output() != null
            ? s.output()
            : context.configDir().resolve("exports").resolve(s.name() + "-tools.json");
    if (compat.exported() != null) {
      ConnectReport.write(file, compat.exported().toJson(ExportFormat.MISTRAL));
      report.put("export", file.toString());
      report.line("  " + compat.exported().tools().size() + " functions → " + file);
    }
    List<String> next =
        s.demo()
            ? List.of(
                "cakewalk gateway                 # run the gateway yourself on port 8787",
                "cakewalk connect mistral --server http://127.0.0.1:8787/mcp",
                "cakewalk connect mistral --server https://<public host>/mcp   # for Le Chat")
            : List.of(
                "cakewalk tools call " + s.name() + " <tool> --arg key=value",
                "cakewalk chat " + s.name() + " \"What can you do?\"   (needs MISTRAL_API_KEY)",
                "cakewalk shell " + s.name());
    report.put("next", next);
    report.next(s.demo() ? "Demo complete. Next:" : "Connected. Next:", next);
    report.finish();
  }

  private String token(String variable) {
    String value = context.env().get(variable);
    if (value == null || value.isBlank()) {
      throw new CliException.Config(
          "environment variable " + variable + " (the bearer token) is not set");
    }
    return value;
  }
}
