package io.cakewalk.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A program running in a terminal: a private tmux server (its own socket, no user config) with one
 * window, driven by keystrokes and read back from the screen. The window outlives the program
 * ({@code remain-on-exit}), so its last screen can be read however soon it ends, and the shell that
 * runs it writes its exit status to a file. Closing it stops that tmux server.
 */
final class Tmux implements AutoCloseable {

  private static final Duration WAIT = Duration.ofSeconds(60);

  private final String socket = "cakewalk-test-" + UUID.randomUUID();
  private final Map<String, String> env;
  private final Path status;

  private Tmux(Map<String, String> env, Path status) {
    this.env = env;
    this.status = status;
  }

  /** Starts {@code command} in a 200x40 terminal with extra environment variables. */
  static Tmux start(List<String> command, Map<String, String> env) {
    Path dir;
    try {
      dir = Files.createTempDirectory("cakewalk-tmux");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Tmux t = new Tmux(env, dir.resolve("status"));
    // tmux marks a pane dead when its terminal closes, which can be before it has collected the
    // program's status (and under a JVM it may never see it): the shell reports it instead, through
    // a rename so a reader never sees a half-written file.
    String tmp = quote(dir.resolve("status.tmp").toString());
    String run =
        String.join(" ", command.stream().map(Tmux::quote).toList())
            + "; echo $? > "
            + tmp
            + " && mv "
            + tmp
            + " "
            + quote(t.status.toString());
    // One tmux invocation: the option is set before the program can start, let alone end.
    List<String> args = new ArrayList<>(List.of("set-option", "-g", "remain-on-exit", "on"));
    args.addAll(List.of(";", "new-session", "-d", "-x", "200", "-y", "40", run));
    t.tmux(args);
    return t;
  }

  /** Sends keys: tmux key names such as {@code Tab}, {@code Enter}, {@code Up}. */
  void keys(String... keys) {
    List<String> args = new ArrayList<>(List.of("send-keys", "-t", "0"));
    args.addAll(List.of(keys));
    tmux(args);
  }

  /** Types text literally. */
  void type(String text) {
    tmux(List.of("send-keys", "-t", "0", "-l", text));
  }

  /** The screen, wrapped lines joined. */
  String screen() {
    return tmux(List.of("capture-pane", "-p", "-J", "-t", "0"));
  }

  /**
   * Waits until the screen contains {@code text}; fails with the screen after a minute, or at once
   * when the program has ended without showing it.
   */
  String await(String text) {
    Instant deadline = Instant.now().plus(WAIT);
    String screen = "";
    while (Instant.now().isBefore(deadline)) {
      boolean ended = exitStatus() != null; // read before the screen: its last output is then in
      screen = screen();
      if (screen.contains(text)) {
        return screen;
      }
      if (ended) {
        throw new AssertionError(
            "program exited (status "
                + exitStatus()
                + ") before showing '"
                + text
                + "':\n"
                + screen);
      }
      sleep();
    }
    throw new AssertionError("screen never showed '" + text + "':\n" + screen);
  }

  /**
   * Waits until the cursor sits right after {@code prompt} at the end of its line: the program is
   * reading input. Keys typed earlier would reach the terminal before the line editor switched it
   * to raw mode, echoed by the terminal rather than handled by the editor.
   */
  void awaitPrompt(String prompt) {
    Instant deadline = Instant.now().plus(WAIT);
    String line = "";
    while (Instant.now().isBefore(deadline)) {
      String[] cursor =
          tmux(List.of("display-message", "-p", "-t", "0", "#{cursor_x} #{cursor_y}"))
              .strip()
              .split(" ");
      line =
          tmux(List.of("capture-pane", "-p", "-t", "0", "-S", cursor[1], "-E", cursor[1]))
              .stripTrailing();
      if (line.equals(prompt.stripTrailing()) && Integer.parseInt(cursor[0]) == prompt.length()) {
        return;
      }
      if (exitStatus() != null) {
        throw new AssertionError("program exited before prompting '" + prompt + "':\n" + screen());
      }
      sleep();
    }
    throw new AssertionError("no prompt '" + prompt + "' at the cursor; its line: '" + line + "'");
  }

  /** Waits until the program has ended; returns its exit status. */
  int awaitExit() {
    Instant deadline = Instant.now().plus(WAIT);
    while (Instant.now().isBefore(deadline)) {
      Integer status = exitStatus();
      if (status != null) {
        return status;
      }
      sleep();
    }
    throw new AssertionError("program did not exit:\n" + screen());
  }

  /** The program's exit status once it has ended, else {@code null}. */
  Integer exitStatus() {
    try {
      return Integer.valueOf(Files.readString(status).strip());
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    run(List.of("kill-server"));
    try {
      Files.deleteIfExists(status);
      Files.deleteIfExists(status.resolveSibling("status.tmp"));
      Files.deleteIfExists(status.getParent());
    } catch (IOException e) {
      // a leftover temporary file is harmless
    }
  }

  private String tmux(List<String> args) {
    ProcessBuilder pb = new ProcessBuilder(command(args)).redirectErrorStream(true);
    pb.environment().putAll(env);
    try {
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException("tmux " + args + " failed: " + out);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("tmux is needed (apt-get install tmux)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private int run(List<String> args) {
    try {
      Process p = new ProcessBuilder(command(args)).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private List<String> command(List<String> args) {
    List<String> all = new ArrayList<>(List.of("tmux", "-L", socket, "-f", "/dev/null"));
    all.addAll(args);
    return all;
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String quote(String arg) {
    return "'" + arg.replace("'", "'\\''") + "'";
  }
}
