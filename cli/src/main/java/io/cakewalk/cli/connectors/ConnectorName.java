package io.cakewalk.cli.connectors;

import java.util.regex.Pattern;

/**
 * A connector name as Le Chat and the Mistral Connectors API accept it: letters, digits, {@code _}
 * and {@code -}, at most 64 characters.
 *
 * @param value the name
 */
public record ConnectorName(String value) {

  private static final Pattern RULE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  public ConnectorName {
    if (value == null || !RULE.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "connector name '"
              + value
              + "' must be 1-64 letters, digits, '_' or '-' (the rule Le Chat and Mistral use)");
    }
  }

  /** Whether {@code text} is a valid name. */
  public static boolean isValid(String text) {
    return text != null && RULE.matcher(text).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
