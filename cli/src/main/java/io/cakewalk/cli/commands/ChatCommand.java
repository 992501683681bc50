package io.cakewalk.cli.commands;

import io.cakewalk.cli.options.ServerOptions;
import io.cakewalk.mcp.internal.Json;
import io.cakewalk.mistral.MistralClient;
import io.cakewalk.mistral.mcp.LoopListener;
import io.cakewalk.mistral.mcp.LoopResult;
import io.cakewalk.mistral.mcp.McpToolLoop;
import io.cakewalk.mistral.mcp.McpToolSource;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cakewalk chat}: one prompt answered by Mistral, which may call the server's tools. */
@Command(
    name = "chat",
    description = "Ask Mistral one question, letting it call an MCP server's tools.",
    mixinStandardHelpOptions = true,
    footer = {
      "%nNeeds MISTRAL_API_KEY. Tool calls are shown on stderr, the answer streams to stdout.",
      "%nExamples:",
      "  cakewalk chat http://127.0.0.1:3001/mcp \"Add 2 and 40\"",
      "  cakewalk chat my-connector \"What can you do?\" --model mistral-large-latest"
    })
public final class ChatCommand implements Runnable {

  private final Context context;

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "<url|connector> <prompt>",
      arity = "1..*",
      description = "Server (omit with --transport stdio) and the prompt.")
  List<String> positionals;

  @Option(
      names = "--model",
      paramLabel = "MODEL",
      defaultValue = "mistral-medium-latest",
      description = "Model with function calling. Default: ${DEFAULT-VALUE}.")
  String model;

  @Option(
      names = "--max-steps",
      paramLabel = "N",
      defaultValue = "8",
      description = "Most chat rounds with tool calls. Default: ${DEFAULT-VALUE}.")
  int maxSteps;

  @Option(names = "--no-stream", description = "Wait for whole answers instead of streaming.")
  boolean noStream;

  @Mixin ServerOptions server;

  public ChatCommand(Context context) {
    this.context = context;
  }

  @Override
  public void run() {
    CommandLine cl = spec.commandLine();
    List<String> own = Targets.own(cl, positionals, server);
    int expected = server.transport() == io.cakewalk.cli.options.Transport.STDIO ? 1 : 2;
    if (own.size() != expected) {
      throw new ParameterException(
          cl, expected == 1 ? "expected <prompt> before --" : "expected <url|connector> <prompt>");
    }
    String prompt = own.get(expected - 1);
    ServerSpec target = Targets.resolve(cl, expected == 2 ? own.get(0) : null, server, context);
    PrintWriter out = cl.getOut();
    PrintWriter err = cl.getErr();
    MistralClient mistral = MistralSupport.client(context);
    try (McpSession session = context.clients().open(target)) {
      LoopListener show =
          new LoopListener() {
            @Override
            public void onToolCall(String tool, Map<String, Object> arguments) {
              synchronized (err) {
                err.println("→ " + tool + " " + Json.write(arguments));
                err.flush();
              }
            }

            @Override
            public void onToolResult(String tool, String text, boolean isError) {
              synchronized (err) {
                err.println((isError ? "✗ " : "← ") + tool + ": " + Table.cut(text, 100));
                err.flush();
              }
            }

            @Override
            public void onText(String piece) {
              out.print(piece);
              out.flush();
            }
          };
      McpToolLoop loop =
          McpToolLoop.builder(
                  mistral, McpToolSource.of(session::listTools, session::callTool), model)
              .maxSteps(maxSteps)
              .stream(!noStream)
              .listener(show)
              .build();
      LoopResult result = loop.run(prompt);
      out.println();
      if (result.stepLimitReached()) {
        err.println("stopped after " + result.steps() + " rounds (--max-steps)");
      }
      out.flush();
      err.flush();
    }
  }
}
