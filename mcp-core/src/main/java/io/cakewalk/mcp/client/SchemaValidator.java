package io.cakewalk.mcp.client;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.cakewalk.mcp.internal.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Checks JSON values against tool schemas with networknt json-schema-validator. The dialect comes
 * from {@code $schema} (default 2020-12, as MCP 2025-11-25 requires); {@code $ref}s to the network
 * are never fetched (SEP-2106), so a schema that needs one is reported as unusable instead.
 */
final class SchemaValidator {

  private SchemaValidator() {}

  /** Built on first use only, so clients that never validate do not pay for it. */
  private static final class Registry {
    static final SchemaRegistry INSTANCE =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder ->
                builder.schemaLoader(
                    loader ->
                        loader
                            .fetchRemoteResources(false)
                            .block(iri -> isNetwork(iri.toString()))));

    private static boolean isNetwork(String iri) {
      String lower = iri.toLowerCase(java.util.Locale.ROOT);
      boolean metaSchema =
          lower.startsWith("https://json-schema.org/")
              || lower.startsWith("http://json-schema.org/");
      return !metaSchema
          && (lower.startsWith("http:")
              || lower.startsWith("https:")
              || lower.startsWith("ftp:")
              || lower.startsWith("file:")
              || lower.startsWith("jar:"));
    }
  }

  /**
   * Problems found validating {@code instance} against {@code schema}, one per failing location,
   * each starting with the JSON Pointer of the value; empty when valid. A schema that cannot be
   * used yields one problem saying so.
   */
  static List<String> validate(Map<String, Object> schema, Object instance) {
    Schema compiled;
    try {
      compiled = Registry.INSTANCE.getSchema(Json.MAPPER.valueToTree(withKnownDialect(schema)));
      compiled.initializeValidators();
    } catch (SchemaException | IllegalArgumentException e) {
      return List.of("/: the schema itself cannot be used (" + oneLine(e) + ")");
    }
    JsonNode node = Json.MAPPER.valueToTree(instance);
    List<Error> errors;
    try {
      errors = compiled.validate(node);
    } catch (SchemaException e) {
      return List.of("/: the schema cannot be applied (" + oneLine(e) + ")");
    }
    List<String> problems = new ArrayList<>();
    for (Error error : errors) {
      String path = String.valueOf(error.getInstanceLocation());
      String message = error.getMessage();
      if (!path.isEmpty() && message.startsWith(path)) {
        problems.add(message);
      } else {
        String text = message.startsWith(": ") ? message.substring(2) : message;
        problems.add((path.isEmpty() ? "/" : path) + ": " + text);
      }
    }
    return problems;
  }

  /** Unknown {@code $schema} URIs would make the validator try to load them: use 2020-12. */
  private static Map<String, Object> withKnownDialect(Map<String, Object> schema) {
    Object dialect = schema.get("$schema");
    if (dialect == null || (dialect instanceof String s && knownDialect(s).isPresent())) {
      return schema;
    }
    Map<String, Object> copy = new LinkedHashMap<>(schema);
    copy.remove("$schema");
    return copy;
  }

  private static Optional<SpecificationVersion> knownDialect(String id) {
    String normalized = id.endsWith("#") ? id.substring(0, id.length() - 1) : id;
    for (SpecificationVersion v : SpecificationVersion.values()) {
      String known = v.getDialectId();
      String k = known.endsWith("#") ? known.substring(0, known.length() - 1) : known;
      if (k.equals(normalized) || k.replace("https://", "http://").equals(normalized)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  private static String oneLine(Exception e) {
    return HttpAdapter.oneLine(e);
  }
}
