package io.cakewalk.mcp.schema;

import java.util.Map;

/**
 * What a server offers. Each member is a free-form object that is present ({@code {}} or with flags
 * such as {@code listChanged}) when the capability is offered, and {@code null} when not.
 */
public record ServerCapabilities(
    Map<String, Object> tools,
    Map<String, Object> resources,
    Map<String, Object> prompts,
    Map<String, Object> logging,
    Map<String, Object> completions,
    Map<String, Object> experimental,
    Map<String, Object> extensions) {

  public ServerCapabilities {
    tools = Tool.freeze(tools);
    resources = Tool.freeze(resources);
    prompts = Tool.freeze(prompts);
    logging = Tool.freeze(logging);
    completions = Tool.freeze(completions);
    experimental = Tool.freeze(experimental);
    extensions = Tool.freeze(extensions);
  }
}
