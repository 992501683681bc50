package io.cakewalk.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A program running in a terminal: a private tmux server (its own socket, no user config) with one
 * window, driven by keystrokes and read back from the screen. Closing it stops that tmux server.
 */
final class Tmux implements AutoCloseable {

  private static final Duration WAIT = Duration.ofSeconds(60);

  private final String socket = "cakewalk-test-" + UUID.randomUUID();
  private final Map<String, String> env;

  private Tmux(Map<String, String> env) {
    this.env = env;
  }

  /** Starts {@code command} in a 200x40 terminal with extra environment variables. */
  static Tmux start(List<String> command, Map<String, String> env) {
    Tmux t = new Tmux(env);
    List<String> args = new ArrayList<>(List.of("new-session", "-d", "-x", "200", "-y", "40"));
    // Keep the window after the program ends, so its last screen can still be read.
    args.add(
        String.join(" ", command.stream().map(Tmux::quote).toList())
            + "; echo \"[exited $?]\"; sleep 600");
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

  /** Waits until the screen contains {@code text}; fails with the screen after a minute. */
  String await(String text) {
    Instant deadline = Instant.now().plus(WAIT);
    String screen = "";
    while (Instant.now().isBefore(deadline)) {
      screen = screen();
      if (screen.contains(text)) {
        return screen;
      }
      sleep();
    }
    throw new AssertionError("screen never showed '" + text + "':\n" + screen);
  }

  /** Waits until the program has ended; returns the screen. */
  String awaitExit() {
    return await("[exited ");
  }

  @Override
  public void close() {
    run(List.of("kill-server"));
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
