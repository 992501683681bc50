package io.cakewalk.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.cli.CliRunner;
import io.cakewalk.cli.ExitCodes;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatewayCommandTest {

  @TempDir Path home;

  private CliRunner.Result run(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "gateway";
    System.arraycopy(args, 0, all, 1, args.length);
    return new CliRunner(home, Map.of(), null).run(all);
  }

  @Test
  void upstreamWithoutNameIsAUsageError() {
    CliRunner.Result r = run("--upstream", "http://127.0.0.1:1/mcp");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--upstream needs name=value");
  }

  @Test
  void upstreamNeedsAnHttpUrl() {
    CliRunner.Result r = run("--upstream", "docs=ftp://example.com/mcp");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--upstream docs needs an http(s) URL");
  }

  @Test
  void headerForAnUnknownUpstreamIsAUsageError() {
    CliRunner.Result r = run("--upstream-header", "nope=X-Key: 1");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("names no HTTP upstream: [nope]");
  }

  @Test
  void unsetVariableInHeaderIsAConfigError() {
    CliRunner.Result r =
        run(
            "--upstream", "docs=http://127.0.0.1:9/mcp",
            "--upstream-header", "docs=Authorization: Bearer ${CAKEWALK_TEST_UNSET_TOKEN}");
    assertThat(r.code()).isEqualTo(ExitCodes.CONFIG);
    assertThat(r.err())
        .contains("CAKEWALK_TEST_UNSET_TOKEN (used in --upstream-header) is not set");
  }

  @Test
  void unreachableUpstreamFailsInOneLineBeforeListening() {
    CliRunner.Result r =
        run("--in-memory", "--port", "0", "--upstream", "docs=http://127.0.0.1:9/mcp");
    assertThat(r.code()).isEqualTo(ExitCodes.CONFIG);
    assertThat(r.err()).contains("upstream docs (http://127.0.0.1:9/mcp) is unreachable");
    assertThat(r.err().lines().count()).isEqualTo(1);
  }
}
