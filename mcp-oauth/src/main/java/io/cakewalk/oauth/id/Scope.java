package io.cakewalk.oauth.id;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An OAuth scope: an ordered set of scope tokens (RFC 6749 §3.3), rendered space-separated.
 *
 * <pre>{@code
 * Scope s = Scope.parse("mcp:tools").union(Scope.parse("mcp:write")); // "mcp:tools mcp:write"
 * }</pre>
 *
 * @param values the scope tokens, in first-seen order
 */
public record Scope(Set<String> values) {

  /** No scope. */
  public static final Scope EMPTY = new Scope(Set.of());

  public Scope {
    LinkedHashSet<String> copy = new LinkedHashSet<>();
    for (String token : values) {
      // scope-token = 1*( %x21 / %x23-5B / %x5D-7E )
      if (token.isEmpty()
          || !token.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '"' && c != '\\')) {
        throw new IllegalArgumentException("invalid scope token: \"" + token + "\"");
      }
      copy.add(token);
    }
    values = Collections.unmodifiableSet(copy);
  }

  /** Parses a space-separated scope string; {@code null} or blank gives {@link #EMPTY}. */
  public static Scope parse(String scope) {
    if (scope == null || scope.isBlank()) {
      return EMPTY;
    }
    return new Scope(new LinkedHashSet<>(Arrays.asList(scope.trim().split("[ ]+"))));
  }

  /** The given tokens; {@code null} gives {@link #EMPTY}. */
  public static Scope of(Collection<String> tokens) {
    return tokens == null ? EMPTY : new Scope(new LinkedHashSet<>(tokens));
  }

  /** This scope followed by the tokens of {@code other} it lacks. */
  public Scope union(Scope other) {
    LinkedHashSet<String> all = new LinkedHashSet<>(values);
    all.addAll(other.values);
    return new Scope(all);
  }

  /** This scope with one more token. */
  public Scope with(String token) {
    return union(new Scope(Set.of(token)));
  }

  public boolean contains(String token) {
    return values.contains(token);
  }

  public boolean containsAll(Scope other) {
    return values.containsAll(other.values);
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** The space-separated form, or {@code null} when empty (so the parameter is omitted). */
  public String render() {
    return values.isEmpty() ? null : String.join(" ", values);
  }

  @Override
  public String toString() {
    return String.join(" ", values);
  }
}
