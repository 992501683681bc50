package io.cakewalk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged {@code cakewalk.jar} as a user runs it: a separate JVM, real exit codes. */
class PackagedCliIT {

  private static final Path JAR = Path.of("target/cakewalk.jar").toAbsolutePath();

  @TempDir Path home;

  private record Run(int code, String out, String err) {}

  private Run run(String... args) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString()));
    command.addAll(List.of(args));
    Path out = home.resolve("out.txt");
    Path err = home.resolve("err.txt");
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    pb.environment().put("CAKEWALK_HOME", home.resolve("config").toString());
    pb.environment().remove("MISTRAL_API_KEY");
    Process p = pb.start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("cakewalk " + String.join(" ", args) + " did not finish");
    }
    return new Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void theReadmesMainCommandRunsTheDemo() throws Exception {
    Run r = run("connect", "mistral", "--demo");
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("Ready: no check failed.", "with the new token", "Demo complete.");
    assertThat(home.resolve("config/connectors.json")).doesNotExist();
  }

  @Test
  void selftestAndVersionSucceed() throws Exception {
    assertThat(run("selftest").out()).startsWith("ok: ");
    assertThat(run("--version").out()).startsWith("cakewalk ");
  }

  @Test
  void failuresAreOneLineWithDistinctExitCodes() throws Exception {
    Run unreachable = run("tools", "list", "http://127.0.0.1:9/mcp", "--timeout", "5s");
    assertThat(unreachable.code()).isEqualTo(ExitCodes.UNREACHABLE);
    assertThat(unreachable.err().lines().filter(l -> l.startsWith("cakewalk: "))).hasSize(1);
    assertThat(unreachable.err()).doesNotContain("\tat ", "Exception");
    Run usage = run("tools", "lst");
    assertThat(usage.code()).isEqualTo(ExitCodes.USAGE);
    Run config = run("tools", "list", "nosuch");
    assertThat(config.code()).isEqualTo(ExitCodes.CONFIG);
  }
}
