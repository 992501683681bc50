package io.cakewalk.oauth.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Typed, tolerant reads from a parsed JSON object: absent or {@code null} members read as {@code
 * null}; members of the wrong type fail with {@link IllegalArgumentException} naming the member.
 */
public final class JsonFields {

  private final Map<String, Object> map;
  private final String what;

  public JsonFields(Map<String, Object> map, String what) {
    this.map = map;
    this.what = what;
  }

  /** The unmodified members. */
  public Map<String, Object> asMap() {
    return Collections.unmodifiableMap(map);
  }

  public boolean has(String name) {
    return map.get(name) != null;
  }

  public String string(String name) {
    Object v = map.get(name);
    if (v == null || v instanceof String) {
      return (String) v;
    }
    throw wrongType(name, "a string");
  }

  public String requiredString(String name) {
    String v = string(name);
    if (v == null || v.isEmpty()) {
      throw new IllegalArgumentException(what + " lacks the required member \"" + name + "\"");
    }
    return v;
  }

  public URI uri(String name) {
    String v = string(name);
    if (v == null) {
      return null;
    }
    try {
      return new URI(v);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(what + " member \"" + name + "\" is not a valid URI", e);
    }
  }

  public Long number(String name) {
    Object v = map.get(name);
    if (v == null) {
      return null;
    }
    if (v instanceof Number n) {
      return n.longValue();
    }
    if (v instanceof String s && s.matches("\\d{1,18}")) {
      return Long.parseLong(s); // some servers quote expires_in
    }
    throw wrongType(name, "a number");
  }

  public Boolean bool(String name) {
    Object v = map.get(name);
    if (v == null || v instanceof Boolean) {
      return (Boolean) v;
    }
    throw wrongType(name, "a boolean");
  }

  public List<String> strings(String name) {
    Object v = map.get(name);
    if (v == null) {
      return null;
    }
    if (v instanceof List<?> list) {
      List<String> out = new ArrayList<>(list.size());
      for (Object o : list) {
        if (!(o instanceof String s)) {
          throw wrongType(name, "an array of strings");
        }
        out.add(s);
      }
      return List.copyOf(out);
    }
    throw wrongType(name, "an array of strings");
  }

  public List<URI> uris(String name) {
    List<String> v = strings(name);
    if (v == null) {
      return null;
    }
    List<URI> out = new ArrayList<>(v.size());
    for (String s : v) {
      try {
        out.add(new URI(s));
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException(what + " member \"" + name + "\" has an invalid URI", e);
      }
    }
    return List.copyOf(out);
  }

  private IllegalArgumentException wrongType(String name, String expected) {
    return new IllegalArgumentException(what + " member \"" + name + "\" is not " + expected);
  }

  /** An insertion-ordered builder for JSON objects that skips {@code null} values. */
  public static final class Writer {
    private final Map<String, Object> map = new LinkedHashMap<>();

    public Writer put(String name, Object value) {
      if (value instanceof URI u) {
        value = u.toString();
      } else if (value instanceof List<?> l) {
        value = l.stream().map(o -> o instanceof URI u ? u.toString() : o).toList();
      }
      if (value != null) {
        map.put(name, value);
      }
      return this;
    }

    public Writer putAll(Map<String, Object> values) {
      values.forEach(this::put);
      return this;
    }

    public Map<String, Object> toMap() {
      return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    public String toJson() {
      return Json.write(map);
    }
  }
}
