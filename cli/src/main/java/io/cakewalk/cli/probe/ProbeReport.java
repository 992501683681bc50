package io.cakewalk.cli.probe;

import java.net.URI;
import java.util.List;

/**
 * The readiness report of one MCP server.
 *
 * @param url the probed endpoint
 * @param auth the authentication Le Chat would detect: {@code none}, {@code bearer}, {@code oauth}
 *     or {@code unknown}
 * @param protocolVersion the protocol revision the server answered {@code initialize} with, or
 *     {@code null}
 * @param checks every check, in the order they ran
 */
public record ProbeReport(URI url, String auth, String protocolVersion, List<Check> checks) {

  public ProbeReport {
    checks = List.copyOf(checks);
  }

  /** Whether no check failed. */
  public boolean ready() {
    return checks.stream().noneMatch(c -> c.status() == Check.Status.FAIL);
  }

  /** How many checks failed. */
  public long failures() {
    return checks.stream().filter(c -> c.status() == Check.Status.FAIL).count();
  }
}
