package io.cakewalk.cli.commands;

import io.cakewalk.cli.options.ServerOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cakewalk shell}: an interactive session with one MCP server. */
@Command(
    name = "shell",
    description = "Interactive session with a server: list, describe and call tools.",
    mixinStandardHelpOptions = true,
    footer = {
      "%nTab completes commands, tool names and argument names; history is kept in"
          + " shell_history in the configuration directory. Without a terminal, commands are"
          + " read line by line from stdin.",
      "%nExamples:",
      "  cakewalk shell http://127.0.0.1:3001/mcp",
      "  cakewalk shell my-connector",
      "  printf 'list\\ncall echo message=hi\\n' | cakewalk shell my-connector"
    })
public final class ShellCommand implements Runnable {

  private final Context context;

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "<url|connector>",
      arity = "0..*",
      description = "MCP endpoint URL or connector name (omit with --transport stdio).")
  List<String> positionals;

  @Mixin ServerOptions server;

  public ShellCommand(Context context) {
    this.context = context;
  }

  @Override
  public void run() {
    CommandLine cl = spec.commandLine();
    ServerSpec target = Targets.single(cl, positionals, server, context);
    PrintWriter out = cl.getOut();
    try (McpSession session = context.clients().open(target)) {
      ShellRepl repl = new ShellRepl(session, session.listTools(), out);
      if (context.interactive()) {
        interactive(repl, session.describe(), target.label(), out);
      } else {
        piped(repl);
      }
    }
  }

  private void piped(ShellRepl repl) {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8));
    try {
      String line;
      while ((line = in.readLine()) != null && repl.execute(line)) {
        // each line ran
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read stdin: " + e.getMessage(), e);
    }
  }

  private void interactive(ShellRepl repl, String server, String label, PrintWriter out) {
    Path history = context.configDir().resolve("shell_history");
    try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
      Files.createDirectories(context.configDir());
      LineReader reader =
          LineReaderBuilder.builder()
              .terminal(terminal)
              .appName("cakewalk")
              .completer(new ShellCompleter(repl))
              .variable(LineReader.HISTORY_FILE, history)
              .option(LineReader.Option.AUTO_FRESH_LINE, true)
              .build();
      out.println("Connected to " + server + ": " + repl.tools().size() + " tools.");
      out.println("Type help, or press Tab to complete; Ctrl-D leaves.");
      out.flush();
      String prompt = label.length() > 30 ? "mcp> " : label + "> ";
      while (true) {
        String line;
        try {
          line = reader.readLine(prompt);
        } catch (UserInterruptException e) {
          continue;
        } catch (EndOfFileException e) {
          break;
        }
        if (!repl.execute(line)) {
          break;
        }
      }
      reader.getHistory().save();
    } catch (IOException e) {
      throw new UncheckedIOException("terminal failed: " + e.getMessage(), e);
    }
  }
}
