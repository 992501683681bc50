package io.cakewalk.oauth.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.mcp.testing.NodePeer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the conformance suite's client auth scenarios (0.2.0-alpha.12) against {@link
 * ConformanceAuthProbe}, one scenario at a time. The CLI's entry point will replace the probe.
 */
class ConformanceAuthIT {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "auth/metadata-default",
        "auth/metadata-var1",
        "auth/metadata-var2",
        "auth/metadata-var3",
        "auth/basic-cimd",
        "auth/scope-from-www-authenticate",
        "auth/scope-from-scopes-supported",
        "auth/scope-omitted-when-undefined",
        "auth/scope-step-up",
        "auth/scope-retry-limit",
        "auth/token-endpoint-auth-basic",
        "auth/token-endpoint-auth-post",
        "auth/token-endpoint-auth-none",
        "auth/pre-registration",
        "auth/2025-03-26-oauth-metadata-backcompat",
        "auth/2025-03-26-oauth-endpoint-fallback",
        "auth/resource-mismatch",
        "auth/offline-access-scope",
        "auth/offline-access-not-supported",
        "auth/authorization-server-migration",
        "auth/iss-supported",
        "auth/iss-not-advertised",
        "auth/iss-supported-missing",
        "auth/iss-wrong-issuer",
        "auth/iss-unexpected",
        "auth/iss-normalized",
        "auth/metadata-issuer-mismatch"
      })
  void scenarioPasses(String scenario) throws Exception {
    run(scenario, List.of());
  }

  /** The scenarios shared by both revisions, run again with the 2026-07-28 wire. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "auth/metadata-default",
        "auth/metadata-var1",
        "auth/metadata-var2",
        "auth/metadata-var3",
        "auth/basic-cimd",
        "auth/scope-from-www-authenticate",
        "auth/scope-from-scopes-supported",
        "auth/scope-omitted-when-undefined",
        "auth/scope-step-up",
        "auth/scope-retry-limit",
        "auth/token-endpoint-auth-basic",
        "auth/token-endpoint-auth-post",
        "auth/token-endpoint-auth-none",
        "auth/pre-registration"
      })
  void scenarioPassesOn20260728(String scenario) throws Exception {
    run(scenario, List.of("--spec-version", "2026-07-28"));
  }

  private void run(String scenario, List<String> extra) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String command =
        java
            + " -cp "
            + System.getProperty("java.class.path")
            + " "
            + ConformanceAuthProbe.class.getName();
    assertThat(command).doesNotContain("  ");
    Path out = Path.of("target", "conformance");
    Files.createDirectories(out);
    List<String> args =
        new ArrayList<>(
            List.of(
                NodePeer.node().toString(),
                NodePeer.module("conformance", "@modelcontextprotocol/conformance/dist/index.js"),
                "client",
                "--command",
                command,
                "--scenario",
                scenario,
                "-o",
                out.toString()));
    args.addAll(extra);
    ProcessBuilder pb = NodePeer.processBuilder(args, Map.of());
    Path log =
        NodePeer.logFile("conformance-" + scenario.replace('/', '-') + String.join("", extra));
    Process p = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("conformance finished").isTrue();
      String output = Files.readString(log, StandardCharsets.UTF_8);
      assertThat(p.exitValue()).as(scenario + "\n" + output).isZero();
    } finally {
      p.descendants().forEach(ProcessHandle::destroy);
      p.destroy();
    }
  }
}
