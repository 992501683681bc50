package io.cakewalk.cli.commands;

import io.cakewalk.cli.options.ArgumentOptions;
import io.cakewalk.mcp.internal.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Builds tool arguments from {@code --args-json} and {@code --arg k=v}. A {@code k=v} value stays a
 * string when the tool's schema says the property is a string, and is read as JSON (number,
 * boolean, array, object) otherwise, falling back to a string.
 */
final class Arguments {

  private Arguments() {}

  /**
   * The arguments of {@code options} for a tool with {@code inputSchema} (or {@code null} to only
   * check the input); malformed input is a usage error of {@code cl}.
   */
  static Map<String, Object> build(
      CommandLine cl, ArgumentOptions options, Map<String, Object> inputSchema) {
    try {
      return build(options.json(), options.pairs(), inputSchema);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(cl, e.getMessage());
    }
  }

  /**
   * Merges {@code argsJson} (a JSON object, or {@code @file}) with the {@code k=v} pairs, which
   * win.
   *
   * @throws IllegalArgumentException naming the malformed input
   */
  static Map<String, Object> build(
      String argsJson, List<String> pairs, Map<String, Object> inputSchema) {
    Map<String, Object> args = new LinkedHashMap<>();
    if (argsJson != null) {
      args.putAll(parseObject(argsJson));
    }
    for (String pair : pairs) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("--arg '" + pair + "' is not key=value");
      }
      String key = pair.substring(0, eq);
      args.put(key, coerce(pair.substring(eq + 1), propertyTypes(inputSchema, key)));
    }
    return args;
  }

  private static Map<String, Object> parseObject(String argsJson) {
    String text = argsJson;
    if (argsJson.startsWith("@")) {
      try {
        text = Files.readString(Path.of(argsJson.substring(1)));
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read --args-json file " + argsJson.substring(1));
      }
    }
    try {
      return Json.object(text);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "--args-json is not a JSON object, e.g. '{\"a\": 2, \"b\": \"x\"}'");
    }
  }

  private static Object coerce(String raw, List<String> types) {
    if (types.contains("string") && types.size() == 1) {
      return raw;
    }
    try {
      Object value = Json.plain(Json.tree(raw));
      if (value == null && !types.contains("null")) {
        return raw;
      }
      return value instanceof String && !types.isEmpty() && !types.contains("string") ? raw : value;
    } catch (RuntimeException e) {
      return raw;
    }
  }

  private static List<String> propertyTypes(Map<String, Object> schema, String key) {
    if (schema != null
        && schema.get("properties") instanceof Map<?, ?> properties
        && properties.get(key) instanceof Map<?, ?> property) {
      Object type = property.get("type");
      if (type instanceof String s) {
        return List.of(s);
      }
      if (type instanceof List<?> list) {
        return list.stream().map(String::valueOf).toList();
      }
    }
    return List.of();
  }
}
