package io.cakewalk.mcp.server;

import io.cakewalk.mcp.schema.GetPromptResult;
import java.util.Map;

/** Renders one prompt for {@code prompts/get}. */
@FunctionalInterface
public interface PromptHandler {

  /**
   * Renders the prompt.
   *
   * @param arguments the string arguments the client supplied (empty when none)
   * @param context logging, cancellation and client requests for this call
   */
  GetPromptResult get(Map<String, String> arguments, RequestContext context) throws Exception;
}
