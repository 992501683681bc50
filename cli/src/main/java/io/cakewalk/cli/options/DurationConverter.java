package io.cakewalk.cli.options;

import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads durations people type: {@code 30} or {@code 30s}, {@code 500ms}, {@code 2m}. */
public final class DurationConverter implements ITypeConverter<Duration> {

  @Override
  public Duration convert(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    try {
      Duration d;
      if (v.endsWith("ms")) {
        d = Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
      } else if (v.endsWith("s")) {
        d = Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)));
      } else if (v.endsWith("m")) {
        d = Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
      } else {
        d = Duration.ofSeconds(Long.parseLong(v));
      }
      if (d.isNegative() || d.isZero()) {
        throw new TypeConversionException("'" + value + "' must be positive");
      }
      return d;
    } catch (NumberFormatException e) {
      throw new TypeConversionException(
          "'" + value + "' is not a duration: use e.g. 30s, 500ms or 2m");
    }
  }
}
