package io.cakewalk.mcp.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches URIs against a level-1 RFC 6570 template ({@code test://template/{id}/data}): each {@code
 * {name}} matches one or more characters other than {@code /}.
 */
final class UriTemplate {

  private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z0-9_]+)}");

  private final Pattern pattern;
  private final List<String> names;

  private UriTemplate(Pattern pattern, List<String> names) {
    this.pattern = pattern;
    this.names = names;
  }

  static UriTemplate parse(String template) {
    Matcher m = VARIABLE.matcher(template);
    StringBuilder regex = new StringBuilder();
    List<String> names = new ArrayList<>();
    int last = 0;
    while (m.find()) {
      regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
      names.add(m.group(1));
      last = m.end();
    }
    regex.append(Pattern.quote(template.substring(last)));
    return new UriTemplate(Pattern.compile(regex.toString()), List.copyOf(names));
  }

  /** The variables of a matching URI, or {@code null} when it does not match. */
  Map<String, String> match(String uri) {
    Matcher m = pattern.matcher(uri);
    if (!m.matches()) {
      return null;
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      values.put(names.get(i), m.group(i + 1));
    }
    return values;
  }
}
