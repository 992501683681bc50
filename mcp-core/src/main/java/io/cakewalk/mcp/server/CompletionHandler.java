package io.cakewalk.mcp.server;

import io.cakewalk.mcp.schema.CompleteResult;
import java.util.Map;

/**
 * Suggests values for one argument of a prompt or resource template ({@code completion/complete}).
 */
@FunctionalInterface
public interface CompletionHandler {

  /**
   * Suggests completions.
   *
   * @param argument the argument being completed
   * @param value what the user typed so far
   * @param resolved the values of other arguments already resolved ({@code context.arguments})
   */
  CompleteResult complete(String argument, String value, Map<String, String> resolved)
      throws Exception;
}
