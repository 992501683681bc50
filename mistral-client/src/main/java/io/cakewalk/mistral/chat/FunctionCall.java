package io.cakewalk.mistral.chat;

import io.cakewalk.mistral.internal.ArgumentsText;
import io.cakewalk.mistral.internal.Json;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The function part of a tool call. Arguments are JSON text; an object received instead is kept as
 * its JSON text.
 *
 * @param name function name
 * @param arguments JSON object text, possibly empty (meaning {@code {}})
 */
public record FunctionCall(
    String name, @JsonDeserialize(using = ArgumentsText.class) String arguments) {

  public FunctionCall {
    name = name == null ? "" : name;
    arguments = arguments == null ? "" : arguments;
  }

  /**
   * The arguments as a map; empty text means no arguments.
   *
   * @throws IllegalArgumentException when the text is not a JSON object
   */
  public Map<String, Object> parsedArguments() {
    if (arguments.isBlank()) {
      return Map.of();
    }
    try {
      return Json.object(arguments);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          "Arguments of '" + name + "' are not a JSON object: " + e.getOriginalMessage(), e);
    }
  }
}
