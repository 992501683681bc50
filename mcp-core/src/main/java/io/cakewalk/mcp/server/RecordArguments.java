package io.cakewalk.mcp.server;

import io.cakewalk.mcp.internal.Json;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Map;

/**
 * Converts tool arguments to a handler's argument type. Records of plain scalars whose arguments
 * arrive with exactly the expected JSON types are built directly through the canonical constructor;
 * everything else (and any doubt) goes through the shared mapper, which defines the semantics.
 */
final class RecordArguments<A> {

  private enum Kind {
    STRING,
    BOOLEAN,
    INT,
    LONG,
    DOUBLE
  }

  private final Class<A> type;
  private final String[] names;
  private final Kind[] kinds;
  private final Constructor<A> constructor;

  private RecordArguments(Class<A> type, String[] names, Kind[] kinds, Constructor<A> ctor) {
    this.type = type;
    this.names = names;
    this.kinds = kinds;
    this.constructor = ctor;
  }

  static <A> RecordArguments<A> of(Class<A> type) {
    Constructor<A> ctor = null;
    RecordComponent[] components = type.isRecord() ? type.getRecordComponents() : null;
    String[] names = new String[components == null ? 0 : components.length];
    Kind[] kinds = new Kind[names.length];
    if (components != null && simple(type, components, names, kinds)) {
      try {
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
          types[i] = components[i].getType();
        }
        ctor = type.getDeclaredConstructor(types);
        if (ctor.getDeclaredAnnotations().length > 0) {
          ctor = null;
        } else {
          ctor.setAccessible(true);
        }
      } catch (ReflectiveOperationException | RuntimeException e) {
        ctor = null;
      }
    }
    return new RecordArguments<>(type, names, kinds, ctor);
  }

  /** Whether every component is an unannotated string, boolean, int, long or double. */
  private static boolean simple(
      Class<?> type, RecordComponent[] components, String[] names, Kind[] kinds) {
    if (type.getDeclaredAnnotations().length > 0 || components.length == 0) {
      return false;
    }
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      if (c.getDeclaredAnnotations().length > 0) {
        return false;
      }
      Class<?> t = c.getType();
      names[i] = c.getName();
      if (t == String.class) {
        kinds[i] = Kind.STRING;
      } else if (t == boolean.class || t == Boolean.class) {
        kinds[i] = Kind.BOOLEAN;
      } else if (t == int.class || t == Integer.class) {
        kinds[i] = Kind.INT;
      } else if (t == long.class || t == Long.class) {
        kinds[i] = Kind.LONG;
      } else if (t == double.class || t == Double.class) {
        kinds[i] = Kind.DOUBLE;
      } else {
        return false;
      }
    }
    return true;
  }

  /** The arguments as an {@code A}; throws when they cannot be converted. */
  A convert(Map<String, Object> arguments) {
    if (constructor == null || arguments.size() != names.length) {
      return Json.convert(arguments, type);
    }
    Object[] values = new Object[names.length];
    for (int i = 0; i < names.length; i++) {
      Object value = direct(kinds[i], arguments.get(names[i]));
      if (value == null) {
        // a missing, null or differently typed value: the mapper decides (coercion, defaults)
        return Json.convert(arguments, type);
      }
      values[i] = value;
    }
    try {
      return constructor.newInstance(values);
    } catch (InvocationTargetException e) {
      // the record's own check rejected the values, as it would under the mapper
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalArgumentException(e.getCause());
    } catch (ReflectiveOperationException e) {
      return Json.convert(arguments, type);
    }
  }

  /** The value when it already has the component's natural JSON type, else {@code null}. */
  private static Object direct(Kind kind, Object value) {
    return switch (kind) {
      case STRING -> value instanceof String ? value : null;
      case BOOLEAN -> value instanceof Boolean ? value : null;
      case INT -> value instanceof Integer ? value : null;
      case LONG ->
          value instanceof Integer i ? Long.valueOf(i) : value instanceof Long ? value : null;
      case DOUBLE ->
          value instanceof Double
              ? value
              : value instanceof Integer || value instanceof Long
                  ? Double.valueOf(((Number) value).doubleValue())
                  : null;
    };
  }
}
