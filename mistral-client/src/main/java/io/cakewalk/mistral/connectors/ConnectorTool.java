package io.cakewalk.mistral.connectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * An MCP tool of a connector as Mistral lists it ({@code MCPTool}).
 *
 * @param name tool name
 * @param title optional title
 * @param description optional description
 * @param inputSchema JSON Schema of the arguments
 * @param outputSchema optional output schema
 * @param annotations optional MCP tool annotations
 * @param meta optional {@code _meta}
 */
public record ConnectorTool(
    String name,
    String title,
    String description,
    Map<String, Object> inputSchema,
    Map<String, Object> outputSchema,
    Map<String, Object> annotations,
    @JsonProperty("_meta") Map<String, Object> meta) {}
