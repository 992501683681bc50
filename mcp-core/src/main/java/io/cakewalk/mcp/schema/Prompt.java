package io.cakewalk.mcp.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A prompt template a server offers ({@code prompts/list}).
 *
 * @param name unique prompt name, required
 * @param title optional display name
 * @param description optional description
 * @param arguments the arguments the template accepts, or {@code null}
 * @param icons optional icons
 * @param meta optional {@code _meta}
 */
public record Prompt(
    String name,
    String title,
    String description,
    List<Argument> arguments,
    List<Icon> icons,
    @JsonProperty("_meta") Map<String, Object> meta) {

  public Prompt {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("prompt needs a name");
    }
    arguments = arguments == null ? null : List.copyOf(arguments);
    icons = icons == null ? null : List.copyOf(icons);
    meta = Tool.freeze(meta);
  }

  /** A prompt with a name, a description and arguments. */
  public static Prompt of(String name, String description, List<Argument> arguments) {
    return new Prompt(name, null, description, arguments, null, null);
  }

  /**
   * One argument of a prompt template.
   *
   * @param name the argument name, required
   * @param description optional description
   * @param required whether the argument must be given; {@code null} means false
   */
  public record Argument(String name, String description, Boolean required) {
    public Argument {
      if (name == null) {
        throw new IllegalArgumentException("prompt argument needs a name");
      }
    }
  }
}
