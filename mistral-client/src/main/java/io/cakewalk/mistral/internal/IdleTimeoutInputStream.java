package io.cakewalk.mistral.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A response body that closes itself when no byte arrived for the idle timeout, so a stalled stream
 * ends with an error instead of blocking forever (java.net.http has no read timeout).
 */
public final class IdleTimeoutInputStream extends FilterInputStream {

  private static final ScheduledExecutorService WATCHDOG =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "mistral-stream-watchdog");
            t.setDaemon(true);
            return t;
          });

  private final long idleNanos;
  private final ScheduledFuture<?> check;
  private volatile long lastActivity = System.nanoTime();
  private volatile boolean timedOut;
  private volatile boolean closed;

  IdleTimeoutInputStream(InputStream in, Duration idle) {
    super(in);
    this.idleNanos = idle.toNanos();
    long period = Math.max(10, idle.toMillis() / 4);
    this.check = WATCHDOG.scheduleAtFixedRate(this::check, period, period, TimeUnit.MILLISECONDS);
  }

  private void check() {
    if (!closed && System.nanoTime() - lastActivity > idleNanos) {
      timedOut = true;
      try {
        close();
      } catch (IOException ignored) {
        // closing is best effort; the reader sees the failure
      }
    }
  }

  /** Whether the watchdog closed the stream. */
  public boolean timedOut() {
    return timedOut;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    lastActivity = System.nanoTime();
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    lastActivity = System.nanoTime();
    return n;
  }

  @Override
  public void close() throws IOException {
    closed = true;
    check.cancel(false);
    super.close();
  }
}
