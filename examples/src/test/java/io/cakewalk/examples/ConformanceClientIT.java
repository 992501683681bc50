package io.cakewalk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.mcp.testing.NodePeer;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs the conformance suite's client scenarios one at a time against {@link ConformanceClient},
 * with the expected-failures file: the core ones for 2025-11-25 and 2026-07-28, and the auth ones.
 */
class ConformanceClientIT {

  private static final Set<String> VERSIONS = Set.of("2025-11-25", "2026-07-28");
  private static final Set<String> AUTH_VERSIONS = Set.of("2025-03-26", "2025-11-25", "2026-07-28");

  /** The auth scenarios whose server misbehaves on purpose: the client must exit non-zero. */
  private static final Set<String> REFUSALS =
      Set.of(
          "auth/scope-retry-limit",
          "auth/resource-mismatch",
          "auth/iss-supported-missing",
          "auth/iss-wrong-issuer",
          "auth/iss-unexpected",
          "auth/iss-normalized",
          "auth/metadata-issuer-mismatch");

  private static final Pattern LINE = Pattern.compile("^\\s+- (\\S+) \\[([^\\]]*)\\]\\s*$");

  @Test
  void everyClientScenarioPassesOrIsAnExpectedFailure() throws Exception {
    Path out = Path.of("target", "conformance");
    Files.createDirectories(out);
    Path script = wrapper(out);
    List<String> failures = new ArrayList<>();
    int runs = 0;
    for (String[] scenario : scenarios(out)) {
      if (scenario[0].startsWith("auth/") || scenario[1].equals("extension")) {
        continue;
      }
      for (String version : scenario[1].split(",")) {
        if (!VERSIONS.contains(version.strip())) {
          continue;
        }
        runs++;
        Result r =
            run(scenarioCommand(script, scenario[0], version.strip(), out), out.resolve("run.log"));
        if (r.exit != 0) {
          failures.add(scenario[0] + " @ " + version + " (exit " + r.exit + "):\n" + r.tail);
        }
      }
    }
    assertThat(runs).as("scenarios run").isGreaterThanOrEqualTo(10);
    assertThat(failures).as("failing conformance scenarios").isEmpty();
  }

  /**
   * Runs every {@code auth/*} scenario at each listed revision (2025-03-26 only for the scenarios
   * that exist only there) and the {@code [extension]} ones once at the suite's default revision,
   * where the expected-failures file lists them. With a baseline the suite judges only its checks,
   * so the client's own exit status is checked here: zero after a login, non-zero after a refusal.
   */
  @Test
  void everyAuthScenarioPassesOrIsAnExpectedFailure() throws Exception {
    Path out = Path.of("target", "conformance");
    Files.createDirectories(out);
    Path script = wrapper(out);
    List<String> failures = new ArrayList<>();
    int runs = 0;
    for (String[] scenario : scenarios(out)) {
      if (!scenario[0].startsWith("auth/")) {
        continue;
      }
      List<String> versions = new ArrayList<>();
      if (scenario[1].equals("extension")) {
        versions.add(null);
      }
      for (String version : scenario[1].split(",")) {
        if (AUTH_VERSIONS.contains(version.strip())) {
          versions.add(version.strip());
        }
      }
      for (String version : versions) {
        runs++;
        Result r = run(scenarioCommand(script, scenario[0], version, out), out.resolve("auth.log"));
        boolean clientFailed = r.output.contains("Client exited with code");
        String problem =
            r.exit != 0
                ? "exit " + r.exit
                : version == null || clientFailed == REFUSALS.contains(scenario[0])
                    ? null
                    : clientFailed ? "the client failed" : "the client did not refuse";
        if (problem != null) {
          failures.add(scenario[0] + " @ " + version + " (" + problem + "):\n" + r.tail);
        }
      }
    }
    assertThat(runs).as("auth scenarios run").isGreaterThanOrEqualTo(45);
    assertThat(failures).as("failing conformance auth scenarios").isEmpty();
  }

  /** One scenario at one revision ({@code null}: the suite's default) against the baseline. */
  private static List<String> scenarioCommand(
      Path script, String scenario, String version, Path out) {
    Path baseline = Path.of("conformance", "client-expected-failures.yml").toAbsolutePath();
    List<String> command =
        new ArrayList<>(
            List.of(
                NodePeer.node().toString(),
                conformance(),
                "client",
                "--command",
                script.toString(),
                "--scenario",
                scenario,
                "--expected-failures",
                baseline.toString(),
                "-o",
                out.resolve(version == null ? "extension" : version).toAbsolutePath().toString()));
    if (version != null) {
      command.addAll(List.of("--spec-version", version));
    }
    return command;
  }

  /** {@code [name, "v1,v2" or "extension"]} for every client scenario the suite lists. */
  private static List<String[]> scenarios(Path out) throws Exception {
    Result list =
        run(
            List.of(NodePeer.node().toString(), conformance(), "list", "--client"),
            out.resolve("list.log"));
    List<String[]> scenarios = new ArrayList<>();
    for (String line : list.output.split("\n")) {
      Matcher m = LINE.matcher(line);
      if (m.matches()) {
        scenarios.add(new String[] {m.group(1), m.group(2)});
      }
    }
    return scenarios;
  }

  /** The suite splits --command on spaces, so the JVM command line goes into a script. */
  private static Path wrapper(Path dir) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("java.class.path");
    assertThat(classpath).contains("mcp-core");
    Path script = dir.resolve("conformance-client.sh").toAbsolutePath();
    Files.writeString(
        script,
        "#!/bin/sh\nexec '"
            + java
            + "' -XX:TieredStopAtLevel=1 -Xshare:auto -cp '"
            + classpath
            + "' io.cakewalk.examples.ConformanceClient \"$@\"\n",
        StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return script;
  }

  private static String conformance() {
    return NodePeer.module("conformance", "@modelcontextprotocol/conformance/dist/index.js");
  }

  private record Result(int exit, String output, String tail) {}

  private static Result run(List<String> command, Path log) throws Exception {
    ProcessBuilder builder = NodePeer.processBuilder(command, Map.of());
    File output = File.createTempFile("conformance", ".log", log.getParent().toFile());
    builder.redirectErrorStream(true).redirectOutput(output);
    Process process = builder.start();
    try {
      if (!process.waitFor(180, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        return new Result(-1, "", "timed out: " + command);
      }
      String text = Files.readString(output.toPath(), StandardCharsets.UTF_8);
      Files.writeString(
          log,
          text,
          StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
      String[] lines = text.split("\n");
      String tail =
          String.join(
              "\n",
              java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - 25), lines.length));
      return new Result(process.exitValue(), text, tail);
    } finally {
      process.descendants().forEach(ProcessHandle::destroy);
      Files.deleteIfExists(output.toPath());
    }
  }
}
