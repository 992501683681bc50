package io.cakewalk.mistral.fake;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Validates JSON bodies against a named schema of the vendored Mistral OpenAPI file ({@code
 * ../shared/mistral/openapi.yaml}, found through the {@code mistral.openapi} system property set by
 * Surefire, or by walking up from the working directory).
 */
public final class OpenApiContract {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static volatile JsonNode components;
  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private OpenApiContract() {}

  /** Validation messages of {@code json} against {@code #/components/schemas/<schemaName>}. */
  public static List<String> validate(String schemaName, String json) {
    Schema schema = SCHEMAS.computeIfAbsent(schemaName, OpenApiContract::compile);
    List<Error> errors = schema.validate(JSON.readTree(json));
    return errors.stream().map(Error::toString).toList();
  }

  private static Schema compile(String name) {
    JsonNode comps = components();
    if (!comps.path("schemas").has(name)) {
      throw new IllegalArgumentException("no schema " + name + " in the Mistral OpenAPI file");
    }
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$ref", "#/components/schemas/" + name);
    root.set("components", comps);
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(root);
  }

  private static JsonNode components() {
    JsonNode c = components;
    if (c == null) {
      synchronized (OpenApiContract.class) {
        if (components == null) {
          JsonNode spec = new YAMLMapper().readTree(locate().toFile());
          ObjectNode comps = (ObjectNode) spec.get("components").deepCopy();
          patchKnownBug(comps);
          components = comps;
        }
        c = components;
      }
    }
    return c;
  }

  /**
   * ChatCompletionResponse requires a "data" property that does not exist
   * (shared/mistral/README.md).
   */
  private static void patchKnownBug(ObjectNode comps) {
    JsonNode required =
        comps.path("schemas").path("ChatCompletionResponse").path("allOf").path(1).path("required");
    if (required instanceof ArrayNode arr) {
      for (int i = arr.size() - 1; i >= 0; i--) {
        if ("data".equals(arr.get(i).asString())) {
          arr.remove(i);
        }
      }
    }
  }

  static Path locate() {
    String prop = System.getProperty("mistral.openapi");
    if (prop != null && !prop.isBlank() && Files.isRegularFile(Paths.get(prop))) {
      return Paths.get(prop);
    }
    Path dir = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
    for (int i = 0; dir != null && i < 6; i++, dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/mistral/openapi.yaml");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "Mistral OpenAPI file not found (system property mistral.openapi="
            + prop
            + "): clone the repository with shared/ beside it (../shared/mistral/openapi.yaml)");
  }
}
