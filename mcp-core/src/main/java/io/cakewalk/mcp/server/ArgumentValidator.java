package io.cakewalk.mcp.server;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.cakewalk.mcp.internal.Json;
import io.cakewalk.mcp.schema.Tool;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks tool arguments against the tool's input schema, compiled once at registration (JSON Schema
 * 2020-12 unless the schema names another dialect; network {@code $ref}s are never fetched).
 */
final class ArgumentValidator {

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private final Schema schema;

  private ArgumentValidator(Schema schema) {
    this.schema = schema;
  }

  /** A validator for the tool, or one that accepts everything if the schema cannot be compiled. */
  static ArgumentValidator compile(Tool tool) {
    try {
      return new ArgumentValidator(REGISTRY.getSchema(Json.MAPPER.valueToTree(tool.inputSchema())));
    } catch (RuntimeException e) {
      return new ArgumentValidator(null);
    }
  }

  /** A one-line description of what is wrong with {@code arguments}, or {@code null} if valid. */
  String problems(Map<String, Object> arguments) {
    if (schema == null) {
      return null;
    }
    try {
      List<Error> errors = schema.validate(Json.MAPPER.valueToTree(arguments));
      if (errors.isEmpty()) {
        return null;
      }
      return errors.stream().limit(5).map(Error::getMessage).collect(Collectors.joining("; "));
    } catch (RuntimeException e) {
      return null;
    }
  }
}
