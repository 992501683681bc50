package io.cakewalk.cli.commands;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What commands receive from outside: the environment, the configuration directory, whether a
 * person is at the terminal, and the client factory. Tests build their own.
 *
 * @param env environment variables
 * @param configDir where the connector registry, tokens and history live
 * @param interactive whether stdin and stdout are a terminal
 * @param clients opens MCP sessions
 * @param in standard input, for commands that read lines
 */
public record Context(
    Map<String, String> env, Path configDir, boolean interactive, Clients clients, InputStream in) {

  public Context {
    env = Map.copyOf(env);
  }

  /**
   * The configuration directory: {@code $CAKEWALK_HOME}, else {@code $XDG_CONFIG_HOME/cakewalk},
   * else {@code ~/.config/cakewalk}.
   */
  public static Path configDir(Map<String, String> env, String userHome) {
    String home = env.get("CAKEWALK_HOME");
    if (home != null && !home.isBlank()) {
      return Path.of(home);
    }
    String xdg = env.get("XDG_CONFIG_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "cakewalk");
    }
    return Path.of(userHome, ".config", "cakewalk");
  }

  /** Whether to use colours: at a terminal and {@code NO_COLOR} unset or empty. */
  public boolean colour() {
    String noColor = env.get("NO_COLOR");
    return interactive && (noColor == null || noColor.isEmpty());
  }
}
