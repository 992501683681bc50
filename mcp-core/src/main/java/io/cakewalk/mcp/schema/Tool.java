package io.cakewalk.mcp.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tool a server offers ({@code tools/list}).
 *
 * <pre>{@code
 * Tool add = Tool.builder("add", Map.of("type", "object")).description("Adds numbers").build();
 * }</pre>
 *
 * @param name unique tool name, required
 * @param title optional display name
 * @param description optional model-facing description
 * @param inputSchema JSON Schema object for the arguments, required
 * @param outputSchema optional JSON Schema for {@code structuredContent}
 * @param annotations optional behaviour hints
 * @param icons optional icons
 * @param execution optional execution properties ({@code taskSupport}), 2025-11-25
 * @param meta optional {@code _meta}
 */
public record Tool(
    String name,
    String title,
    String description,
    Map<String, Object> inputSchema,
    Map<String, Object> outputSchema,
    ToolAnnotations annotations,
    List<Icon> icons,
    Map<String, Object> execution,
    @JsonProperty("_meta") Map<String, Object> meta) {

  public Tool {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("tool needs a name");
    }
    if (inputSchema == null) {
      throw new IllegalArgumentException("tool '" + name + "' needs an inputSchema object");
    }
    inputSchema = freeze(inputSchema);
    outputSchema = freeze(outputSchema);
    icons = icons == null ? null : List.copyOf(icons);
    execution = freeze(execution);
    meta = freeze(meta);
  }

  /** A builder with the required parts up front. */
  public static Builder builder(String name, Map<String, Object> inputSchema) {
    return new Builder(name, inputSchema);
  }

  /** A copy with another name, for re-exposing a tool under a prefix. */
  public Tool withName(String newName) {
    return new Tool(
        newName,
        title,
        description,
        inputSchema,
        outputSchema,
        annotations,
        icons,
        execution,
        meta);
  }

  static Map<String, Object> freeze(Map<String, Object> map) {
    return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /** Builds a {@link Tool}. */
  public static final class Builder {
    private final String name;
    private final Map<String, Object> inputSchema;
    private String title;
    private String description;
    private Map<String, Object> outputSchema;
    private ToolAnnotations annotations;
    private List<Icon> icons;
    private Map<String, Object> meta;

    private Builder(String name, Map<String, Object> inputSchema) {
      this.name = name;
      this.inputSchema = inputSchema;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    public Builder outputSchema(Map<String, Object> outputSchema) {
      this.outputSchema = outputSchema;
      return this;
    }

    public Builder annotations(ToolAnnotations annotations) {
      this.annotations = annotations;
      return this;
    }

    public Builder icons(List<Icon> icons) {
      this.icons = icons;
      return this;
    }

    public Builder meta(Map<String, Object> meta) {
      this.meta = meta;
      return this;
    }

    public Tool build() {
      return new Tool(
          name, title, description, inputSchema, outputSchema, annotations, icons, null, meta);
    }
  }
}
