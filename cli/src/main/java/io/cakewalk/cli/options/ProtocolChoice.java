package io.cakewalk.cli.options;

import io.cakewalk.mcp.schema.ProtocolVersion;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The {@code --protocol} choice: {@code legacy} (the session era, the default), {@code auto} (try
 * the stateless era first, fall back as the spec describes) or one pinned revision.
 *
 * @param mode {@code legacy}, {@code auto} or {@code pin}
 * @param version the pinned revision when {@code mode} is {@code pin}, else {@code null}
 */
public record ProtocolChoice(String mode, ProtocolVersion version) {

  public static final ProtocolChoice LEGACY = new ProtocolChoice("legacy", null);
  public static final ProtocolChoice AUTO = new ProtocolChoice("auto", null);

  public ProtocolChoice {
    if (mode.equals("pin") != (version != null)) {
      throw new IllegalArgumentException("a pinned protocol needs exactly one version");
    }
  }

  /** Parses {@code legacy}, {@code auto} or a revision date such as {@code 2025-06-18}. */
  public static ProtocolChoice parse(String text) {
    String value = text.strip();
    if (value.equalsIgnoreCase("legacy")) {
      return LEGACY;
    }
    if (value.equalsIgnoreCase("auto")) {
      return AUTO;
    }
    return ProtocolVersion.parse(value)
        .map(v -> new ProtocolChoice("pin", v))
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown protocol '"
                        + text
                        + "': use legacy, auto or one of "
                        + Arrays.stream(ProtocolVersion.values())
                            .map(ProtocolVersion::wire)
                            .collect(Collectors.joining(", "))));
  }

  @Override
  public String toString() {
    return version == null ? mode : version.wire();
  }
}
