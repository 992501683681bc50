package io.cakewalk.mistral.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * An entry of a request's {@code tools}, discriminated by {@code type}: a local function, or (opt
 * in, run server-side by Mistral) a registered connector.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Tool.Function.class, name = "function"),
  @JsonSubTypes.Type(value = Tool.Connector.class, name = "connector")
})
public sealed interface Tool {

  /** A function tool. */
  static Function function(FunctionDefinition definition) {
    return new Function(definition);
  }

  /**
   * A function tool.
   *
   * @param function the definition
   */
  record Function(FunctionDefinition function) implements Tool {
    public Function {
      if (function == null) {
        throw new IllegalArgumentException("function tool needs a definition");
      }
    }
  }

  /**
   * A connector registered through the Connectors API; Mistral calls its tools itself.
   *
   * @param connectorId connector name or UUID
   * @param toolConfiguration optional include/exclude lists
   */
  record Connector(
      @JsonProperty("connector_id") String connectorId,
      @JsonProperty("tool_configuration") ToolConfiguration toolConfiguration)
      implements Tool {
    public Connector {
      if (connectorId == null || connectorId.isBlank()) {
        throw new IllegalArgumentException("connector tool needs a connector id or name");
      }
    }
  }

  /**
   * Which connector tools to offer; {@code include} and {@code exclude} are mutually exclusive.
   *
   * @param include only these tools
   * @param exclude all tools but these
   * @param requiresConfirmation tools that pause for approval
   */
  record ToolConfiguration(
      List<String> include,
      List<String> exclude,
      @JsonProperty("requires_confirmation") List<String> requiresConfirmation) {
    public ToolConfiguration {
      if (include != null && exclude != null) {
        throw new IllegalArgumentException("use either include or exclude, not both");
      }
      include = include == null ? null : List.copyOf(include);
      exclude = exclude == null ? null : List.copyOf(exclude);
      requiresConfirmation =
          requiresConfirmation == null ? null : List.copyOf(requiresConfirmation);
    }
  }
}
