package io.cakewalk.mcp.server;

import java.util.Locale;
import java.util.Optional;

/** RFC 5424 severities used by {@code notifications/message}, least severe first. */
public enum LogLevel {
  DEBUG,
  INFO,
  NOTICE,
  WARNING,
  ERROR,
  CRITICAL,
  ALERT,
  EMERGENCY;

  /** The level as it appears on the wire, e.g. {@code "info"}. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The level for a wire name. */
  public static Optional<LogLevel> parse(String wire) {
    if (wire == null) {
      return Optional.empty();
    }
    for (LogLevel level : values()) {
      if (level.wire().equals(wire)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }
}
