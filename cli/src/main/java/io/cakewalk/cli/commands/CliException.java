package io.cakewalk.cli.commands;

/**
 * A failure a command reports to the user in one line. {@code Main} maps each kind to an exit code;
 * commands never choose exit codes themselves.
 */
public abstract sealed class CliException extends RuntimeException
    permits CliException.Config,
        CliException.ToolFailed,
        CliException.NotPortable,
        CliException.CheckFailed {

  CliException(String message) {
    super(message, null, false, false);
  }

  /** Missing or wrong configuration: unknown connector, unset variable, unreadable file. */
  public static final class Config extends CliException {
    public Config(String message) {
      super(message);
    }
  }

  /** The tool ran and returned {@code isError: true}; its content was already printed. */
  public static final class ToolFailed extends CliException {
    public ToolFailed(String message) {
      super(message);
    }
  }

  /** Tool schemas that Mistral would reject; the report was already printed. */
  public static final class NotPortable extends CliException {
    public NotPortable(String message) {
      super(message);
    }
  }

  /** A readiness check failed; the report was already printed. */
  public static final class CheckFailed extends CliException {
    public CheckFailed(String message) {
      super(message);
    }
  }
}
