package io.cakewalk.mistral.mcp;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.dialect.DialectId;
import io.cakewalk.mistral.internal.Json;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns an MCP {@code inputSchema} into Mistral {@code parameters}: removes {@code $schema}, {@code
 * $id} and {@code $comment} at every depth, converts Draft-4 boolean {@code
 * exclusiveMinimum}/{@code exclusiveMaximum} to numbers, inlines acyclic local {@code $ref}s into
 * {@code $defs}/{@code definitions}, and makes the root {@code {"type":"object","properties":…}}.
 * Works on a copy; the input is never changed. {@link #problems} checks the result against the
 * Draft-7 meta-schema, which Mistral applies.
 */
public final class SchemaCleaner {

  private static final Set<String> DROPPED = Set.of("$schema", "$id", "$comment");
  // Keywords whose value is a map from names to schemas, not a schema itself.
  private static final Set<String> NAMED_SCHEMAS =
      Set.of("properties", "patternProperties", "$defs", "definitions", "dependentSchemas");
  private static final Schema DRAFT7_META =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
          .getSchema(SchemaLocation.of(DialectId.DRAFT_7));

  private SchemaCleaner() {}

  /** The cleaned copy of {@code inputSchema} ({@code null} gives an empty object schema). */
  public static Map<String, Object> clean(Map<String, Object> inputSchema) {
    Map<String, Object> root = inputSchema == null ? new LinkedHashMap<>() : schema(inputSchema);
    root = inline(root);
    if (!"object".equals(root.get("type"))) {
      root.put("type", "object");
    }
    if (!(root.get("properties") instanceof Map)) {
      root.put("properties", new LinkedHashMap<>());
    }
    return freeze(root);
  }

  /** Draft-7 problems of a schema, empty when Mistral will accept it. */
  public static List<String> problems(Map<String, Object> schema) {
    return DRAFT7_META.validate(Json.node(schema)).stream().map(Object::toString).toList();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> schema(Map<String, Object> in) {
    Map<String, Object> out = new LinkedHashMap<>();
    in.forEach(
        (k, v) -> {
          if (DROPPED.contains(k)) {
            return;
          }
          if (NAMED_SCHEMAS.contains(k) && v instanceof Map<?, ?> named) {
            Map<String, Object> copy = new LinkedHashMap<>();
            ((Map<String, Object>) named).forEach((name, s) -> copy.put(name, value(s)));
            out.put(k, copy);
          } else {
            out.put(k, value(v));
          }
        });
    fixExclusive(out, "exclusiveMinimum", "minimum");
    fixExclusive(out, "exclusiveMaximum", "maximum");
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Object value(Object v) {
    if (v instanceof Map<?, ?> m) {
      return schema((Map<String, Object>) m);
    }
    if (v instanceof List<?> l) {
      List<Object> copy = new ArrayList<>();
      l.forEach(x -> copy.add(value(x)));
      return copy;
    }
    return v;
  }

  private static void fixExclusive(Map<String, Object> s, String exclusive, String bound) {
    if (s.get(exclusive) instanceof Boolean b) {
      s.remove(exclusive);
      if (b && s.get(bound) instanceof Number n) {
        s.put(exclusive, n);
        s.remove(bound);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> inline(Map<String, Object> root) {
    Map<String, Object> defs = new LinkedHashMap<>();
    for (String key : List.of("definitions", "$defs")) {
      if (root.get(key) instanceof Map<?, ?> m) {
        ((Map<String, Object>) m).forEach((name, s) -> defs.put("#/" + key + "/" + name, s));
      }
    }
    if (defs.isEmpty()) {
      return root;
    }
    try {
      Map<String, Object> copy = new LinkedHashMap<>(root);
      copy.remove("definitions");
      copy.remove("$defs");
      return (Map<String, Object>) resolve(copy, defs, new ArrayDeque<>());
    } catch (CycleException e) {
      return root; // recursive schemas keep their $refs
    }
  }

  private static final class CycleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CycleException() {
      super(null, null, false, false);
    }
  }

  @SuppressWarnings("unchecked")
  private static Object resolve(Object v, Map<String, Object> defs, Deque<String> stack) {
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(x -> out.add(resolve(x, defs, stack)));
      return out;
    }
    if (!(v instanceof Map<?, ?>)) {
      return v;
    }
    Map<String, Object> m = (Map<String, Object>) v;
    if (m.get("$ref") instanceof String ref && defs.containsKey(ref)) {
      if (stack.contains(ref)) {
        throw new CycleException();
      }
      stack.push(ref);
      Map<String, Object> target =
          new LinkedHashMap<>((Map<String, Object>) resolve(defs.get(ref), defs, stack));
      stack.pop();
      m.forEach(
          (k, x) -> {
            if (!"$ref".equals(k)) {
              target.put(k, resolve(x, defs, stack));
            }
          });
      return target;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    m.forEach((k, x) -> out.put(k, resolve(x, defs, stack)));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> freeze(Map<String, Object> m) {
    Map<String, Object> out = new LinkedHashMap<>();
    m.forEach(
        (k, v) ->
            out.put(
                k,
                v instanceof Map<?, ?> x
                    ? freeze((Map<String, Object>) x)
                    : v instanceof List<?> l ? freezeList(l) : v));
    return Collections.unmodifiableMap(out);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> freezeList(List<?> l) {
    List<Object> out = new ArrayList<>();
    l.forEach(
        v ->
            out.add(
                v instanceof Map<?, ?> x
                    ? freeze((Map<String, Object>) x)
                    : v instanceof List<?> y ? freezeList(y) : v));
    return Collections.unmodifiableList(out);
  }
}
