package io.cakewalk.cli.options;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns {@code --header "Name: value"} arguments into a header map, expanding {@code ${VAR}} from
 * the environment so that secrets stay out of the command line and the connector registry.
 */
public final class HeaderParser {

  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  private HeaderParser() {}

  /**
   * Parses every {@code Name: value} entry, expanding variables from {@code env}; later entries
   * replace earlier ones with the same name (case-insensitive).
   *
   * @throws IllegalArgumentException naming the bad entry
   * @throws UnsetVariableException naming the unset variable
   */
  public static Map<String, String> parse(List<String> entries, Map<String, String> env) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (String entry : entries) {
      int colon = entry.indexOf(':');
      String name = colon < 0 ? "" : entry.substring(0, colon).strip();
      if (!TOKEN.matcher(name).matches()) {
        throw new IllegalArgumentException(
            "header '" + entry + "' is not 'Name: value' (e.g. --header \"X-Api-Key: ${KEY}\")");
      }
      headers.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
      headers.put(name, expand(entry.substring(colon + 1).strip(), env, name));
    }
    return headers;
  }

  /** Replaces each {@code ${VAR}} in {@code value} with its environment value. */
  public static String expand(String value, Map<String, String> env, String where) {
    Matcher m = VARIABLE.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement = env.get(m.group(1));
      if (replacement == null) {
        throw new UnsetVariableException(
            "environment variable " + m.group(1) + " (used in " + where + ") is not set");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    if (out.toString().chars().anyMatch(c -> c == '\r' || c == '\n')) {
      throw new IllegalArgumentException(where + " must not contain line breaks");
    }
    return out.toString();
  }

  /** A {@code ${VAR}} reference to a variable that is not set. */
  public static final class UnsetVariableException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    UnsetVariableException(String message) {
      super(message);
    }
  }
}
