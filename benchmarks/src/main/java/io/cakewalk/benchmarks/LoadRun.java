package io.cakewalk.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs {@code clients} concurrent MCP sessions against one target: each client connects, warms up,
 * then calls the tool in a closed loop for the measured window.
 */
final class LoadRun {

  /**
   * What one run measured.
   *
   * @param calls successful calls in the window
   * @param failures failed calls (any error ends that client's loop)
   * @param seconds window length
   * @param p50Micros median latency
   * @param p99Micros 99th percentile latency
   * @param cpuMicrosPerCall CPU time of this JVM (load generator, plus the server when it runs
   *     in-process) per call in the window: less noisy than throughput on a shared machine
   */
  record Result(
      long calls,
      long failures,
      double seconds,
      double p50Micros,
      double p99Micros,
      double cpuMicrosPerCall) {
    double throughput() {
      return calls / seconds;
    }
  }

  private LoadRun() {}

  static Result run(Target target, int clients, Duration warmup, Duration window)
      throws InterruptedException {
    List<long[]> samples = new ArrayList<>();
    AtomicLong failures = new AtomicLong();
    CountDownLatch ready = new CountDownLatch(clients);
    long[] windowStart = new long[1];
    long[] windowEnd = new long[1];
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
    for (int i = 0; i < clients; i++) {
      long[] latencies = new long[4_000_000 / Math.max(1, clients)];
      int[] count = new int[1];
      samples.add(latencies);
      Thread t =
          new Thread(
              () -> {
                try (RawClient client = new RawClient(target.port(), target.path())) {
                  client.connect();
                  ready.countDown();
                  go.await();
                  long end = windowEnd[0];
                  long start = windowStart[0];
                  int n = 0;
                  while (true) {
                    long t0 = System.nanoTime();
                    if (t0 >= end) {
                      break;
                    }
                    client.callTool(target.tool(), target.arguments());
                    long t1 = System.nanoTime();
                    if (t0 >= start && n < latencies.length - 1) {
                      latencies[++n] = t1 - t0;
                    }
                  }
                  latencies[0] = n;
                  client.delete();
                } catch (Exception e) {
                  failures.incrementAndGet();
                  errors.add(e.getMessage());
                  ready.countDown();
                }
              },
              "bench-client-" + i);
      t.setDaemon(true);
      threads.add(t);
      count[0] = 0;
    }
    threads.forEach(Thread::start);
    ready.await();
    long now = System.nanoTime();
    windowStart[0] = now + warmup.toNanos();
    windowEnd[0] = windowStart[0] + window.toNanos();
    go.countDown();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    sleepUntil(windowStart[0]);
    long cpuStart = os.getProcessCpuTime();
    sleepUntil(windowEnd[0]);
    long cpu = os.getProcessCpuTime() - cpuStart;
    for (Thread t : threads) {
      t.join(window.plus(warmup).plusSeconds(60).toMillis());
    }
    int total = 0;
    for (long[] s : samples) {
      total += (int) s[0];
    }
    long[] all = new long[total];
    int at = 0;
    for (long[] s : samples) {
      int n = (int) s[0];
      System.arraycopy(s, 1, all, at, n);
      at += n;
    }
    Arrays.sort(all);
    if (!errors.isEmpty()) {
      System.err.println(
          "  "
              + target.name()
              + ": "
              + errors.size()
              + " client(s) failed, first: "
              + errors.get(0));
    }
    return new Result(
        total,
        failures.get(),
        window.toNanos() / 1e9,
        percentile(all, 0.50) / 1e3,
        percentile(all, 0.99) / 1e3,
        total == 0 ? Double.NaN : cpu / 1e3 / total);
  }

  private static void sleepUntil(long nanoTime) throws InterruptedException {
    for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
      Thread.sleep(Math.max(1, left / 1_000_000));
    }
  }

  private static double percentile(long[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
    return sorted[Math.max(0, index)];
  }
}
