package io.cakewalk.cli;

import io.cakewalk.cli.commands.Clients;
import io.cakewalk.cli.commands.Context;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Runs {@code cakewalk} in-process through picocli's {@code execute} with captured writers. */
public final class CliRunner {

  /** What one run produced. */
  public record Result(int code, String out, String err) {

    /**
     * The lines of stderr other than progress notes: without a terminal, anything slower than a
     * second prints its note ("asking …") once, which depends on how busy the machine is.
     */
    public List<String> errLines() {
      return err.lines().filter(l -> !l.endsWith("…")).toList();
    }
  }

  private final Context context;

  public CliRunner(Path configDir, Map<String, String> env, Clients clients) {
    this(configDir, env, clients, "");
  }

  /** A runner whose standard input holds {@code stdin}. */
  public CliRunner(Path configDir, Map<String, String> env, Clients clients, String stdin) {
    this.context =
        new Context(
            env,
            configDir,
            false,
            clients,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
  }

  public Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine(context);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Result(code, out.toString(), err.toString());
  }
}
