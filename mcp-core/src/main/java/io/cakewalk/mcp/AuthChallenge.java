package io.cakewalk.mcp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One challenge of a {@code WWW-Authenticate} header: an auth scheme and its parameters (RFC 9110
 * §11.6.1), with accessors for the parameters MCP authorization uses (RFC 6750 §3, RFC 9728 §5.1).
 *
 * <pre>{@code
 * AuthChallenge c = AuthChallenge.parseBearer(
 *     "Bearer error=\"invalid_token\", resource_metadata=\"https://rs/.well-known/oauth-protected-resource\"");
 * c.resourceMetadata(); // Optional[https://rs/.well-known/oauth-protected-resource]
 * }</pre>
 *
 * @param scheme the auth scheme as sent, for example {@code Bearer}
 * @param params parameter names in lower case mapped to unquoted values, in header order
 */
public record AuthChallenge(String scheme, Map<String, String> params) {

  public AuthChallenge {
    if (scheme == null || scheme.isBlank()) {
      throw new IllegalArgumentException("challenge scheme must not be empty");
    }
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }

  /** The {@code resource_metadata} URL (RFC 9728 §5.1), if present. */
  public Optional<String> resourceMetadata() {
    return param("resource_metadata");
  }

  /** The space-separated {@code scope} the server asks for, if present. */
  public Optional<String> scope() {
    return param("scope");
  }

  /** The {@code error} code, for example {@code invalid_token} or {@code insufficient_scope}. */
  public Optional<String> error() {
    return param("error");
  }

  /** The parameter {@code name} (case-insensitive), if present. */
  public Optional<String> param(String name) {
    return Optional.ofNullable(params.get(name.toLowerCase(Locale.ROOT)));
  }

  /** Whether this is a {@code Bearer} challenge (scheme names are case-insensitive). */
  public boolean isBearer() {
    return scheme.equalsIgnoreCase("Bearer");
  }

  /**
   * The first {@code Bearer} challenge of a header value, or empty when there is none or the value
   * is malformed.
   */
  public static Optional<AuthChallenge> parseBearer(String header) {
    return parseAll(header).stream().filter(AuthChallenge::isBearer).findFirst();
  }

  /** Every challenge in a header value; malformed trailing input is ignored. */
  public static List<AuthChallenge> parseAll(String header) {
    return header == null ? List.of() : new Parser(header).challenges();
  }

  /** Renders this challenge as a header value, quoting every parameter value. */
  public String render() {
    StringBuilder out = new StringBuilder(scheme);
    String separator = " ";
    for (Map.Entry<String, String> p : params.entrySet()) {
      out.append(separator).append(p.getKey()).append("=\"");
      out.append(p.getValue().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
      separator = ", ";
    }
    return out.toString();
  }

  /**
   * A tolerant reader of {@code challenge = auth-scheme [ 1*SP ( token68 / #auth-param ) ]}, for a
   * comma-separated list of challenges.
   */
  private static final class Parser {
    private final String s;
    private int i;

    Parser(String s) {
      this.s = s;
    }

    List<AuthChallenge> challenges() {
      List<AuthChallenge> out = new ArrayList<>();
      while (true) {
        skip(", \t");
        String scheme = token();
        if (scheme.isEmpty()) {
          return out;
        }
        out.add(new AuthChallenge(scheme, params()));
      }
    }

    private Map<String, String> params() {
      Map<String, String> params = new LinkedHashMap<>();
      while (true) {
        skip(", \t");
        int mark = i;
        String name = token();
        skip(" \t");
        boolean assignment = peek('=') && !(i + 1 < s.length() && s.charAt(i + 1) == '=');
        if (name.isEmpty() || !assignment) {
          if (!name.isEmpty() && (peek('=') || i >= s.length() || peek(','))) {
            skip("="); // a token68 credential: skip it
          } else {
            i = mark; // the next challenge's scheme
          }
          return params;
        }
        i++; // '='
        skip(" \t");
        String value = peek('"') ? quoted() : bareValue();
        params.putIfAbsent(name.toLowerCase(Locale.ROOT), value);
      }
    }

    private boolean peek(char c) {
      return i < s.length() && s.charAt(i) == c;
    }

    private void skip(String chars) {
      while (i < s.length() && chars.indexOf(s.charAt(i)) >= 0) {
        i++;
      }
    }

    private String token() {
      int start = i;
      while (i < s.length()
          && s.charAt(i) > 0x20
          && s.charAt(i) < 0x7f
          && "()<>@,;:\\\"/[]?={}".indexOf(s.charAt(i)) < 0) {
        i++;
      }
      return s.substring(start, i);
    }

    /** An unquoted value; servers sometimes send URLs unquoted, so read up to a comma or space. */
    private String bareValue() {
      int start = i;
      while (i < s.length() && s.charAt(i) != ',' && s.charAt(i) != ' ' && s.charAt(i) != '\t') {
        i++;
      }
      return s.substring(start, i);
    }

    private String quoted() {
      StringBuilder out = new StringBuilder();
      i++; // opening quote
      while (i < s.length() && s.charAt(i) != '"') {
        char c = s.charAt(i++);
        if (c == '\\' && i < s.length()) {
          c = s.charAt(i++);
        }
        out.append(c);
      }
      if (i < s.length()) {
        i++; // closing quote; a truncated value just ends
      }
      return out.toString();
    }
  }
}
