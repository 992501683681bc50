package io.cakewalk.mcp.client;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Closes a stream when a deadline passes, so a blocked read of a stalled response body returns.
 * {@code HttpRequest.timeout} only covers the wait for response headers.
 */
final class Watchdog implements AutoCloseable {

  private static final ScheduledThreadPoolExecutor TIMER = timer();

  private final ScheduledFuture<?> task;
  private volatile boolean fired;

  private Watchdog(Closeable target, Duration delay) {
    this.task =
        TIMER.schedule(
            () -> {
              fired = true;
              try {
                target.close();
              } catch (IOException | RuntimeException ignored) {
                // the reader sees the closed stream either way
              }
            },
            Math.max(1, delay.toMillis()),
            TimeUnit.MILLISECONDS);
  }

  /** Closes {@code target} after {@code delay} unless this watchdog is closed first. */
  static Watchdog closeAfter(Closeable target, Duration delay) {
    return new Watchdog(target, delay);
  }

  /** Whether the deadline passed and the target was closed. */
  boolean fired() {
    return fired;
  }

  @Override
  public void close() {
    task.cancel(false);
  }

  private static ScheduledThreadPoolExecutor timer() {
    ScheduledThreadPoolExecutor timer =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, "mcp-client-timer");
              t.setDaemon(true);
              return t;
            });
    timer.setRemoveOnCancelPolicy(true);
    return timer;
  }
}
