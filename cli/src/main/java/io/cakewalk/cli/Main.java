package io.cakewalk.cli;

import io.cakewalk.cli.commands.CliException;
import io.cakewalk.cli.commands.Context;
import io.cakewalk.mcp.McpAuthorizationException;
import io.cakewalk.mcp.McpException;
import io.cakewalk.mcp.McpProtocolException;
import io.cakewalk.mcp.McpTransportException;
import io.cakewalk.mcp.McpValidationException;
import io.cakewalk.mistral.MistralApiException;
import io.cakewalk.mistral.MistralTransportException;
import io.cakewalk.oauth.OAuthException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The entry point of {@code cakewalk}, and the only place that turns failures into exit codes
 * ({@link ExitCodes}) and one-line messages on stderr.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // The JSON Schema library logs through SLF4J; without a binding it warns on stderr.
    System.setProperty("slf4j.internal.verbosity", "ERROR");
    Context context =
        new Context(
            System.getenv(),
            Context.configDir(System.getenv(), System.getProperty("user.home")),
            System.console() != null,
            new McpClients(VersionProvider.version()),
            System.in);
    System.exit(commandLine(context).execute(args));
  }

  /** The configured command line; tests call {@code execute} on it with captured writers. */
  public static CommandLine commandLine(Context context) {
    CommandLine cl = new CommandLine(new CakewalkCommand(), new Factory(context));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setColorScheme(CommandLine.Help.defaultColorScheme(context.colour() ? Ansi.ON : Ansi.OFF));
    IExitCodeExceptionMapper mapper = Main::exitCode;
    cl.setExitCodeExceptionMapper(mapper);
    cl.setParameterExceptionHandler(Main::usageError);
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          err.println("cakewalk: " + message(ex));
          if (exitCode(ex) == ExitCodes.INTERNAL) {
            if (context.env().containsKey("CAKEWALK_DEBUG")) {
              ex.printStackTrace(err);
            } else {
              err.println("This is a bug in cakewalk; set CAKEWALK_DEBUG=1 for a stack trace.");
            }
          }
          err.flush();
          return mapper.getExitCode(ex);
        });
    return cl;
  }

  /** Maps a failure to its exit code: the one mapping of the program. */
  static int exitCode(Throwable t) {
    if (t instanceof ParameterException) {
      return ExitCodes.USAGE;
    }
    if (t instanceof McpException e) {
      return mcpExitCode(e);
    }
    if (t instanceof CliException e) {
      return cliExitCode(e);
    }
    if (t instanceof OAuthException) {
      return ExitCodes.AUTH;
    }
    if (t instanceof MistralTransportException) {
      return ExitCodes.UNREACHABLE;
    }
    if (t instanceof MistralApiException e) {
      int status = e.statusCode();
      return status == 401 || status == 403 ? ExitCodes.AUTH : ExitCodes.PROTOCOL;
    }
    if (t instanceof UncheckedIOException || t instanceof IllegalStateException) {
      return ExitCodes.CONFIG;
    }
    return ExitCodes.INTERNAL;
  }

  private static int mcpExitCode(McpException e) {
    if (e instanceof McpTransportException) {
      return ExitCodes.UNREACHABLE;
    }
    if (e instanceof McpAuthorizationException) {
      return ExitCodes.AUTH;
    }
    if (e instanceof McpProtocolException) {
      return ExitCodes.PROTOCOL;
    }
    if (e instanceof McpValidationException) {
      return ExitCodes.INVALID_ARGUMENTS;
    }
    throw new AssertionError("unknown McpException " + e.getClass());
  }

  private static int cliExitCode(CliException e) {
    if (e instanceof CliException.Config) {
      return ExitCodes.CONFIG;
    }
    if (e instanceof CliException.ToolFailed) {
      return ExitCodes.TOOL_ERROR;
    }
    if (e instanceof CliException.NotPortable) {
      return ExitCodes.NOT_PORTABLE;
    }
    if (e instanceof CliException.CheckFailed) {
      return ExitCodes.CHECK_FAILED;
    }
    throw new AssertionError("unknown CliException " + e.getClass());
  }

  private static String message(Exception ex) {
    String text = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    if (ex instanceof McpAuthorizationException a) {
      return text
          + " (HTTP "
          + a.status()
          + "): log in with 'cakewalk auth login <url|connector>', or pass a token with"
          + " --token-env VAR or --header";
    }
    if (exitCode(ex) == ExitCodes.INTERNAL) {
      return "internal error: " + ex.getClass().getSimpleName() + ": " + text;
    }
    return text;
  }

  private static int usageError(ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println("cakewalk: " + ex.getMessage());
    UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return exitCode(ex);
  }

  /** Creates commands, handing the {@link Context} to those whose constructor takes it. */
  private static final class Factory implements IFactory {
    private final Context context;
    private final IFactory fallback = CommandLine.defaultFactory();

    Factory(Context context) {
      this.context = context;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
      for (Constructor<?> c : cls.getConstructors()) {
        if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == Context.class) {
          return cls.cast(c.newInstance(context));
        }
      }
      return fallback.create(cls);
    }
  }
}
