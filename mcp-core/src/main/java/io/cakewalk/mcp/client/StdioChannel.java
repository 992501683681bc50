package io.cakewalk.mcp.client;

import io.cakewalk.mcp.McpTransportException;
import io.cakewalk.mcp.internal.MessageCodec;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage.Notification;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage.Request;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The stdio transport (MCP 2025-11-25 "Transports" §stdio): launches the server, writes one JSON
 * message per line to its stdin and reads them from its stdout. Shutdown closes stdin, waits, then
 * sends SIGTERM and finally SIGKILL.
 */
final class StdioChannel implements Channel {

  private static final Duration GRACE = Duration.ofSeconds(2);
  private static final int STDERR_TAIL = 20;

  private final Process process;
  private final OutputStream stdin;
  private final Dispatcher dispatcher;
  private final String name;
  private final Deque<String> stderrTail = new ArrayDeque<>();

  private StdioChannel(Process process, ClientConfig config, Inbound inbound) {
    this.process = process;
    this.stdin = process.getOutputStream();
    this.name = "'" + config.command().get(0) + "'";
    this.dispatcher = new Dispatcher(inbound, this::write, "stdio server " + name);
    Thread reader = new Thread(() -> readStdout(config.maxResponseBytes()), "mcp-stdio-reader");
    reader.setDaemon(true);
    reader.start();
    if (config.stderr() != null) {
      Thread err = new Thread(() -> readStderr(config), "mcp-stdio-stderr");
      err.setDaemon(true);
      err.start();
    }
  }

  /** Starts {@code config.command()}; stderr is passed through unless a listener captures it. */
  static StdioChannel start(ClientConfig config, Inbound inbound) {
    ProcessBuilder builder = new ProcessBuilder(config.command());
    builder.redirectError(
        config.stderr() == null ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.PIPE);
    try {
      return new StdioChannel(builder.start(), config, inbound);
    } catch (IOException e) {
      throw new McpTransportException(
          "cannot start the stdio server '"
              + String.join(" ", config.command())
              + "': "
              + HttpAdapter.oneLine(e)
              + "; check the command and PATH",
          e);
    }
  }

  @Override
  public Reply exchange(Request request, Map<String, String> headers, Duration timeout) {
    return new Reply(dispatcher.call(request, () -> write(request), timeout), 200);
  }

  @Override
  public void notify(Notification notification, Map<String, String> headers, Duration timeout) {
    write(notification);
  }

  private synchronized void write(JsonRpcMessage message) {
    try {
      stdin.write(MessageCodec.write(message).getBytes(StandardCharsets.UTF_8));
      stdin.write('\n');
      stdin.flush();
    } catch (IOException e) {
      throw exited("its stdin is closed");
    }
  }

  private void readStdout(long maxLine) {
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.length() > maxLine) {
          dispatcher.closed(
              new McpTransportException(
                  "stdio server "
                      + name
                      + " sent a message over the "
                      + Limits.describe(maxLine)
                      + " limit",
                  null));
          return;
        }
        if (!line.isBlank()) {
          dispatcher.received(line);
        }
      }
    } catch (IOException ignored) {
      // treated as end of output below
    }
    dispatcher.closed(exited("it closed its stdout"));
  }

  private void readStderr(ClientConfig config) {
    try (BufferedReader err =
        new BufferedReader(
            new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = err.readLine()) != null) {
        synchronized (stderrTail) {
          if (stderrTail.size() == STDERR_TAIL) {
            stderrTail.removeFirst();
          }
          stderrTail.addLast(line);
        }
        config.stderr().accept(line);
      }
    } catch (IOException ignored) {
      // the process is gone
    }
  }

  private McpTransportException exited(String what) {
    String status = "";
    try {
      if (process.waitFor(200, TimeUnit.MILLISECONDS)) {
        status = " (exit code " + process.exitValue() + ")";
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    String last;
    synchronized (stderrTail) {
      last = stderrTail.isEmpty() ? "" : ": " + stderrTail.peekLast();
    }
    return new McpTransportException(
        "stdio server "
            + name
            + " stopped"
            + status
            + " — "
            + what
            + last
            + "; run the command by hand to see why",
        null);
  }

  @Override
  public void close() {
    try {
      stdin.close();
    } catch (IOException ignored) {
      // already closed
    }
    try {
      if (!process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
          process.descendants().forEach(ProcessHandle::destroyForcibly);
          process.destroyForcibly();
        }
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
