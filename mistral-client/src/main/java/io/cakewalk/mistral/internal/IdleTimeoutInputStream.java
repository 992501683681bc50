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
 * A response body that closes itself when a read has waited longer than the idle timeout for data,
 * so a stalled stream ends with an error instead of blocking forever (java.net.http has no read
 * timeout). Only time spent blocked in {@code read} counts: a slow consumer between reads is not
 * timed out.
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
  private volatile long readStarted;
  private volatile boolean reading;
  private volatile boolean timedOut;
  private volatile boolean closed;

  IdleTimeoutInputStream(InputStream in, Duration idle) {
    super(in);
    this.idleNanos = idle.toNanos();
    long period = Math.max(10, idle.toMillis() / 4);
    this.check = WATCHDOG.scheduleAtFixedRate(this::check, period, period, TimeUnit.MILLISECONDS);
  }

  private void check() {
    if (!closed && reading && System.nanoTime() - readStarted > idleNanos) {
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
    begin();
    try {
      return super.read();
    } finally {
      reading = false;
    }
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    begin();
    try {
      return super.read(b, off, len);
    } finally {
      reading = false;
    }
  }

  private void begin() {
    readStarted = System.nanoTime();
    reading = true;
  }

  @Override
  public void close() throws IOException {
    closed = true;
    check.cancel(false);
    super.close();
  }
}
