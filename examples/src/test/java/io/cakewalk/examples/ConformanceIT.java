package io.cakewalk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.mcp.server.McpServer;
import io.cakewalk.mcp.server.RunningServer;
import io.cakewalk.mcp.testing.NodePeer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the pinned conformance suite's server scenarios, one at a time, against the fixture server
 * on one {@code localhost} URL, for both 2025-11-25 (legacy sessions) and 2026-07-28 (stateless).
 * The scenario lists come from the suite's own {@code requirements/<revision>.yaml}: every scored
 * scenario plus the unscored ones that are not extensions. Each must exit 0.
 */
class ConformanceIT {

  private static final String PACKAGE = "@modelcontextprotocol/conformance";

  private static McpServer server;
  private static RunningServer running;

  @BeforeAll
  static void start() {
    server = ConformanceServer.create();
    running = McpServer.serve(server, 0);
  }

  @AfterAll
  static void stop() {
    running.close();
    server.close();
  }

  @TestFactory
  Stream<DynamicTest> legacy20251125() throws IOException {
    return scenarios("2025-11-25");
  }

  @TestFactory
  Stream<DynamicTest> stateless20260728() throws IOException {
    return scenarios("2026-07-28");
  }

  private Stream<DynamicTest> scenarios(String version) throws IOException {
    List<String> names = requirements(version);
    assertThat(names).as("server scenarios required by " + version).hasSizeGreaterThan(25);
    return names.stream()
        .map(name -> DynamicTest.dynamicTest(version + " " + name, () -> run(version, name)));
  }

  private void run(String version, String scenario) throws Exception {
    String cli = NodePeer.module("conformance", PACKAGE + "/dist/index.js");
    String url = "http://localhost:" + running.port() + "/mcp";
    Path log = NodePeer.logFile("conformance-" + version + "-" + scenario.replace('/', '_'));
    ProcessBuilder builder =
        NodePeer.processBuilder(
            List.of(
                NodePeer.node().toString(),
                cli,
                "server",
                "--url",
                url,
                "--scenario",
                scenario,
                "--spec-version",
                version),
            Map.of());
    builder.environment().remove("NODE_OPTIONS");
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    Process process = builder.start();
    try {
      boolean finished = process.waitFor(180, TimeUnit.SECONDS);
      assertThat(finished).as("scenario %s finished (log %s)", scenario, log).isTrue();
      assertThat(process.exitValue())
          .as("conformance %s %s exit code; output:%n%s", version, scenario, tail(log))
          .isZero();
    } finally {
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroyForcibly();
    }
  }

  /** The server scenarios a revision requires, plus its unscored non-extension ones. */
  static List<String> requirements(String version) throws IOException {
    Path file =
        NodePeer.peersDir()
            .resolve("conformance/node_modules/" + PACKAGE + "/requirements/" + version + ".yaml");
    List<String> lines = Files.readAllLines(file);
    List<String> names = new ArrayList<>();
    String section = "";
    String pending = null;
    String leg = null;
    for (String line : lines) {
      if (!line.startsWith(" ") && line.endsWith(":")) {
        section = line.substring(0, line.length() - 1);
        continue;
      }
      String t = line.trim();
      if (section.equals("server") && t.startsWith("- ")) {
        names.add(t.substring(2).trim());
      } else if (section.equals("not_scored")) {
        if (t.startsWith("- scenario:")) {
          pending = t.substring("- scenario:".length()).trim();
          leg = null;
        } else if (t.startsWith("leg:")) {
          leg = t.substring(4).trim();
        } else if (t.startsWith("reason:") && pending != null) {
          String reason = t.substring(7).trim();
          if ("server".equals(leg) && !"extension".equals(reason)) {
            names.add(pending);
          }
          pending = null;
        }
      }
    }
    return names;
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }
}
