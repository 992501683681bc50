package io.cakewalk.cli.commands;

import io.cakewalk.cli.options.ProtocolChoice;
import io.cakewalk.cli.options.Transport;
import io.cakewalk.mcp.McpAuthorization;
import io.cakewalk.mcp.internal.Json;
import io.cakewalk.mcp.schema.CallToolResult;
import io.cakewalk.mcp.schema.Implementation;
import io.cakewalk.mcp.schema.Tool;
import io.cakewalk.mcp.server.McpServer;
import io.cakewalk.mcp.server.RunningServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code cakewalk selftest}: serves a one-tool MCP server on 127.0.0.1 and lists and calls it
 * through the same client path {@code tools list} uses. The launcher also runs it once to record
 * the class-data-sharing archive that makes later starts fast.
 */
@Command(
    name = "selftest",
    description = "Check this installation: serve a tiny MCP server locally and call it.",
    mixinStandardHelpOptions = true,
    footer = {"%nExamples:", "  cakewalk selftest"})
public final class SelftestCommand implements Runnable {

  private final Context context;

  @Spec CommandSpec spec;

  public SelftestCommand(Context context) {
    this.context = context;
  }

  @Override
  public void run() {
    long start = System.nanoTime();
    Tool echo =
        Tool.builder(
                "echo",
                Map.of(
                    "type", "object",
                    "properties", Map.of("message", Map.of("type", "string")),
                    "required", List.of("message")))
            .description("Echoes the message")
            .build();
    McpServer server =
        McpServer.builder(new Implementation("cakewalk-selftest", "1"))
            .tool(echo, (args, ctx) -> CallToolResult.text(String.valueOf(args.get("message"))))
            .build();
    CallToolResult result;
    List<Tool> tools;
    try (server;
        RunningServer running = McpServer.serve(server, 0);
        McpSession session =
            context
                .clients()
                .open(
                    new ServerSpec(
                        "selftest",
                        running.uri(),
                        List.of(),
                        Transport.AUTO,
                        Map.of(),
                        McpAuthorization.none(),
                        ProtocolChoice.LEGACY,
                        Duration.ofSeconds(10)))) {
      tools = session.listTools();
      result =
          session.callTool(
              "echo", Arguments.build(null, List.of("message=ok"), echo.inputSchema()));
    }
    // Format both ways, as tools list and call do, so the archive holds those classes too.
    PrintWriter sink = new PrintWriter(new StringWriter());
    Table table = new Table("NAME", "ARGUMENTS", "DESCRIPTION");
    tools.forEach(t -> table.row(t.name(), ToolsCommand.argumentSummary(t), t.description()));
    table.print(sink);
    sink.println(Json.writePretty(Map.of("tools", tools)));
    ContentPrinter.print(result, sink);
    PrintWriter out = spec.commandLine().getOut();
    boolean ok = !result.failed() && tools.size() == 1;
    out.println(
        (ok ? "ok" : "FAILED")
            + ": listed and called a local MCP server in "
            + (System.nanoTime() - start) / 1_000_000
            + " ms");
    out.flush();
    if (!ok) {
      throw new CliException.CheckFailed("the local MCP round trip did not work");
    }
  }
}
