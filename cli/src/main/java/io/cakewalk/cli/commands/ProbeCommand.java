package io.cakewalk.cli.commands;

import io.cakewalk.cli.options.OutputOptions;
import io.cakewalk.cli.options.ServerOptions;
import io.cakewalk.cli.options.Transport;
import io.cakewalk.cli.probe.Check;
import io.cakewalk.cli.probe.ProbeReport;
import io.cakewalk.cli.probe.ReadinessProbe;
import io.cakewalk.mcp.internal.Json;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cakewalk probe}: the readiness report Le Chat's connector auto-detection would see. */
@Command(
    name = "probe",
    description = "Check a server the way Le Chat's connector auto-detection does.",
    mixinStandardHelpOptions = true,
    footer = {
      "%nChecks: HTTPS, the MCP endpoint answers initialize (or 401 with a Bearer challenge),"
          + " protected resource metadata and authorization server metadata at each well-known"
          + " location, dynamic client registration, PKCE S256. Each failure names the fix.",
      "%nExamples:",
      "  cakewalk probe https://mcp-gateway.getcakewalk.io/mcp",
      "  cakewalk probe my-connector --json",
      "%nExit codes: 0 ready (warnings allowed), 9 a check failed."
    })
public final class ProbeCommand implements Runnable {

  private final Context context;
  private final Function<Duration, ReadinessProbe> probes;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "<url|connector>", description = "MCP endpoint URL or connector name.")
  String target;

  @Mixin ServerOptions server;
  @Mixin OutputOptions output;

  public ProbeCommand(Context context) {
    this(context, ReadinessProbe::new);
  }

  ProbeCommand(Context context, Function<Duration, ReadinessProbe> probes) {
    this.context = context;
    this.probes = probes;
  }

  @Override
  public void run() {
    CommandLine cl = spec.commandLine();
    if (server.transport() == Transport.STDIO || server.transport() == Transport.SSE) {
      throw new ParameterException(cl, "probe checks Streamable HTTP endpoints only");
    }
    ServerSpec resolved = Targets.resolve(cl, target, server, context);
    Map<String, String> headers = new LinkedHashMap<>(resolved.headers());
    resolved
        .authorization()
        .authorization(resolved.url())
        .ifPresent(value -> headers.put("Authorization", value));
    ProbeReport report = probes.apply(server.timeout()).probe(resolved.url(), headers);
    print(report, cl.getOut(), output.json(), context.colour());
    if (!report.ready()) {
      throw new CliException.CheckFailed(
          report.failures()
              + (report.failures() == 1 ? " check" : " checks")
              + " failed: "
              + resolved.label()
              + " is not ready for Le Chat yet (fixes above)");
    }
  }

  /** Prints a report as a table with fixes, or as JSON. */
  static void print(ProbeReport report, PrintWriter out, boolean json, boolean colour) {
    if (json) {
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("url", report.url().toString());
      view.put("ready", report.ready());
      view.put("auth", report.auth());
      view.put("protocolVersion", report.protocolVersion());
      view.put("checks", report.checks());
      out.println(Json.writePretty(view));
      out.flush();
      return;
    }
    Ansi ansi = colour ? Ansi.ON : Ansi.OFF;
    out.println("Readiness of " + report.url());
    int width = report.checks().stream().mapToInt(c -> c.name().length()).max().orElse(0);
    for (Check c : report.checks()) {
      String status = String.format("%-4s", c.status());
      String styled =
          switch (c.status()) {
            case PASS -> ansi.string("@|green " + status + "|@");
            case WARN -> ansi.string("@|yellow " + status + "|@");
            case FAIL -> ansi.string("@|red,bold " + status + "|@");
            case SKIP -> ansi.string("@|faint " + status + "|@");
          };
      out.println(
          "  " + styled + "  " + String.format("%-" + width + "s", c.name()) + "  " + c.detail());
      if (c.fix() != null) {
        out.println("  " + " ".repeat(4 + 2 + width + 2) + "fix: " + c.fix());
      }
    }
    out.println("Authentication Le Chat would detect: " + report.auth());
    out.println(
        report.ready()
            ? "Ready: no check failed."
            : "Not ready: " + report.failures() + " failed.");
    out.flush();
  }
}
