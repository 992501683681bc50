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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
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
    // `cakewalk gateway` serves on the JDK HttpServer, whose separate header and body writes
    // otherwise wait for the client's delayed ACK (about 40 ms per small response).
    System.setProperty("sun.net.httpserver.nodelay", "true");
    if (args.length > 0 && NETWORK_COMMANDS.contains(args[0])) {
      warmUp(java.util.Arrays.stream(args).noneMatch(a -> a.startsWith("http://")));
    }
    Context context =
        new Context(
            System.getenv(),
            Context.configDir(System.getenv(), System.getProperty("user.home")),
            System.console() != null,
            new McpClients(VersionProvider.version()),
            System.in);
    int code = commandLine(context, args).execute(args);
    stopHttpSelectors();
    System.exit(code);
  }

  /**
   * Stops the selector threads of finished {@code java.net.http.HttpClient}s. Each waits in native
   * {@code epoll_wait}, and at exit the JDK 17 VM waits up to 300 ms for threads in native code to
   * block; an interrupt ends the selector loop at once (JDK 21 adds {@code HttpClient.close()}).
   */
  private static void stopHttpSelectors() {
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().startsWith("HttpClient-") && t.getName().endsWith("-SelectorManager")) {
        t.interrupt();
        try {
          t.join(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /** Commands that open HTTP connections and parse JSON soon after start. */
  private static final java.util.Set<String> NETWORK_COMMANDS =
      java.util.Set.of("tools", "probe", "shell", "chat", "connect", "auth", "mistral");

  /**
   * Builds the JSON mapper and its readers for tools, and with {@code tls} the default TLS context,
   * on a second thread while picocli parses the command line. A plain {@code http://} URL skips
   * TLS: the MCP client sets it up only when a connection needs it, and building it costs about 100
   * ms of CPU.
   */
  private static void warmUp(boolean tls) {
    Thread t =
        new Thread(
            () -> {
              if (tls) {
                try {
                  javax.net.ssl.SSLContext.getDefault();
                } catch (java.security.NoSuchAlgorithmException e) {
                  // The client reports it when it needs TLS.
                }
              }
              try {
                io.cakewalk.mcp.internal.Json.write(java.util.Map.of("warm", 1));
                // Jackson builds a record's reader on first use: build those every session
                // needs here, off the main thread.
                io.cakewalk.mcp.internal.Json.convert(
                    java.util.Map.of("name", "warm", "inputSchema", java.util.Map.of()),
                    io.cakewalk.mcp.schema.Tool.class);
                io.cakewalk.mcp.internal.Json.convert(
                    java.util.Map.of("tools", java.util.Map.of()),
                    io.cakewalk.mcp.schema.ServerCapabilities.class);
              } catch (RuntimeException e) {
                // Only a lost head start: the command meets and reports any real problem.
              }
            },
            "cakewalk-warm-up");
    t.setDaemon(true);
    t.start();
  }

  /** The configured command line with every subcommand; tests call {@code execute} on it. */
  public static CommandLine commandLine(Context context) {
    return commandLine(context, new String[0]);
  }

  /**
   * The configured command line for {@code args}: with only the subcommand they name, when they
   * name one, which saves building the rest of the command tree at start-up.
   */
  static CommandLine commandLine(Context context, String[] args) {
    Factory factory = new Factory(context);
    String first =
        java.util.Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse("");
    // help and completion describe the whole tree.
    Class<?> only =
        first.equals("help") || first.equals("completion")
            ? null
            : CakewalkCommand.SUBCOMMANDS.get(first);
    boolean versionOnly =
        first.isEmpty()
            && java.util.Arrays.stream(args).anyMatch(a -> a.equals("-V") || a.equals("--version"));
    // picocli reads the named subcommand's annotations on a second thread meanwhile.
    FutureTask<CommandLine> sub = null;
    if (only != null) {
      sub = new FutureTask<>(() -> new CommandLine(only, factory));
      Thread t = new Thread(sub, "cakewalk-command-model");
      t.setDaemon(true);
      t.start();
    }
    CommandLine cl = new CommandLine(new CakewalkCommand(), factory);
    if (sub != null) {
      cl.addSubcommand(joined(sub));
    } else if (!versionOnly) {
      CakewalkCommand.SUBCOMMANDS.values().forEach(cl::addSubcommand);
    }
    // Settings reach only the subcommands present when they are set: set them last.
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

  /** The model built by {@code task}, its failure rethrown as it is. */
  private static CommandLine joined(FutureTask<CommandLine> task) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
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
