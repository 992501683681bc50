package io.cakewalk.cli.commands;

import java.io.PrintWriter;

/**
 * Progress for anything slower than a second: after one second, a spinner on a terminal, or the
 * message once when output is not a terminal. Closing it clears the spinner line.
 */
final class Spinner implements AutoCloseable {

  private static final String FRAMES = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏";

  private final PrintWriter err;
  private final boolean terminal;
  private final String message;
  private final Thread thread;
  private volatile boolean shown;

  Spinner(PrintWriter err, boolean terminal, String message) {
    this.err = err;
    this.terminal = terminal;
    this.message = message;
    this.thread = new Thread(this::spin, "cakewalk-spinner");
    thread.setDaemon(true);
    thread.start();
  }

  private void spin() {
    try {
      Thread.sleep(1000);
      shown = true;
      if (!terminal) {
        synchronized (err) {
          err.println(message + "…");
          err.flush();
        }
        return;
      }
      for (int i = 0; ; i++) {
        synchronized (err) {
          err.print("\r" + FRAMES.charAt(i % FRAMES.length()) + " " + message);
          err.flush();
        }
        Thread.sleep(100);
      }
    } catch (InterruptedException e) {
      // closed
    }
  }

  @Override
  public void close() {
    thread.interrupt();
    try {
      thread.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (shown && terminal) {
      synchronized (err) {
        err.print("\r" + " ".repeat(message.length() + 2) + "\r");
        err.flush();
      }
    }
  }
}
