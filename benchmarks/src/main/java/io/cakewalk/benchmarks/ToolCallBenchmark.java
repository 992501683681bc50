package io.cakewalk.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures MCP {@code tools/call} throughput and p50/p99 latency at 1, 16 and 64 concurrent clients
 * against our server, the official MCP Java SDK server (on embedded Tomcat) and {@code
 * server-everything}, in one bounded run on loopback, and prints ratios.
 *
 * <pre>{@code
 * benchmarks/run.sh                    # or: -Dbench.warmup=2 -Dbench.seconds=5 -Dbench.clients=1,16,64
 * benchmarks/run.sh -Dbench.targets=cakewalk -Dbench.rounds=1   # one server only, for profiling
 * }</pre>
 */
public final class ToolCallBenchmark {

  private ToolCallBenchmark() {}

  public static void main(String[] args) throws Exception {
    Duration warmup = Duration.ofSeconds(Long.getLong("bench.warmup", 1));
    Duration window = Duration.ofSeconds(Long.getLong("bench.seconds", 4));
    List<Integer> levels = new ArrayList<>();
    for (String s : System.getProperty("bench.clients", "1,16,64").split(",")) {
      levels.add(Integer.parseInt(s.trim()));
    }
    System.out.printf(
        Locale.ROOT,
        "tools/call benchmark: %s clients, %ds warm-up + %ds measured per point, median of %d"
            + " interleaved rounds, %d cores, load average %.1f%n",
        levels,
        warmup.toSeconds(),
        window.toSeconds(),
        Integer.getInteger("bench.rounds", 3),
        Runtime.getRuntime().availableProcessors(),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

    int rounds = Integer.getInteger("bench.rounds", 3);
    Map<String, Map<Integer, LoadRun.Result>> results = new LinkedHashMap<>();
    List<Target> targets = new ArrayList<>();
    try {
      for (String name :
          System.getProperty("bench.targets", "cakewalk,java-sdk,server-everything").split(",")) {
        Target target = start(name);
        targets.add(target);
        // Warm the JIT on both sides before any measured point.
        LoadRun.run(target, 16, Duration.ZERO, warmup.multipliedBy(2));
        results.put(name, new LinkedHashMap<>());
      }
      for (int clients : levels) {
        // Interleave the servers and keep the median round, so a burst of load from other
        // processes on a shared machine does not decide a ratio.
        Map<String, List<LoadRun.Result>> runs = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
          for (Target target : targets) {
            runs.computeIfAbsent(target.name(), k -> new ArrayList<>())
                .add(LoadRun.run(target, clients, warmup, window));
          }
        }
        runs.forEach(
            (name, list) -> {
              list.sort(java.util.Comparator.comparingDouble(LoadRun.Result::throughput));
              LoadRun.Result r = list.get(list.size() / 2);
              results.get(name).put(clients, r);
              System.out.printf(
                  Locale.ROOT,
                  "  %-18s %3d clients: %9.0f calls/s  p50 %8.0f us  p99 %8.0f us  cpu %5.0f us/call"
                      + "  failures %d%n",
                  name,
                  clients,
                  r.throughput(),
                  r.p50Micros(),
                  r.p99Micros(),
                  r.cpuMicrosPerCall(),
                  list.stream().mapToLong(LoadRun.Result::failures).sum());
            });
      }
    } finally {
      for (Target target : targets) {
        target.close();
      }
    }
    print(results, levels);
    // The Java SDK's session sweeper is a non-daemon thread that outlives its server.
    System.exit(0);
  }

  private static Target start(String name) throws Exception {
    return switch (name) {
      case "cakewalk" -> Targets.cakewalk();
      case "java-sdk" -> Targets.javaSdk();
      default -> Targets.everything();
    };
  }

  private static void print(
      Map<String, Map<Integer, LoadRun.Result>> results, List<Integer> levels) {
    StringBuilder md = new StringBuilder();
    md.append(
        "\n| server | clients | calls/s | p50 (ms) | p99 (ms) |\n|---|---:|---:|---:|---:|\n");
    results.forEach(
        (name, byLevel) ->
            byLevel.forEach(
                (clients, r) ->
                    md.append(
                        String.format(
                            Locale.ROOT,
                            "| %s | %d | %.0f | %.2f | %.2f |%n",
                            name,
                            clients,
                            r.throughput(),
                            r.p50Micros() / 1000,
                            r.p99Micros() / 1000))));
    if (!results.containsKey("cakewalk")
        || !results.containsKey("java-sdk")
        || !results.containsKey("server-everything")) {
      System.out.println(md);
      return;
    }
    md.append(
        "\n| clients | cakewalk / java-sdk | cakewalk / server-everything |\n|---:|---:|---:|\n");
    for (int clients : levels) {
      double ours = results.get("cakewalk").get(clients).throughput();
      md.append(
          String.format(
              Locale.ROOT,
              "| %d | %.1fx | %.1fx |%n",
              clients,
              ours / results.get("java-sdk").get(clients).throughput(),
              ours / results.get("server-everything").get(clients).throughput()));
    }
    System.out.println(md);
  }
}
