package io.cakewalk.cli.probe;

/**
 * One line of a readiness report.
 *
 * @param name what was checked, e.g. {@code reachable}
 * @param status the outcome
 * @param detail what was found
 * @param fix what to change when the status is not {@link Status#PASS}, or {@code null}
 */
public record Check(String name, Status status, String detail, String fix) {

  /** The outcome of a check. */
  public enum Status {
    PASS,
    WARN,
    FAIL,
    SKIP
  }

  public Check {
    if (name == null || status == null || detail == null) {
      throw new IllegalArgumentException("a check needs a name, status and detail");
    }
  }

  static Check pass(String name, String detail) {
    return new Check(name, Status.PASS, detail, null);
  }

  static Check warn(String name, String detail, String fix) {
    return new Check(name, Status.WARN, detail, fix);
  }

  static Check fail(String name, String detail, String fix) {
    return new Check(name, Status.FAIL, detail, fix);
  }

  static Check skip(String name, String detail) {
    return new Check(name, Status.SKIP, detail, null);
  }
}
