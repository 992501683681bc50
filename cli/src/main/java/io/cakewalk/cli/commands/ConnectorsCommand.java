package io.cakewalk.cli.commands;

import io.cakewalk.cli.connectors.AuthMethod;
import io.cakewalk.cli.connectors.Connector;
import io.cakewalk.cli.connectors.ConnectorRegistry;
import io.cakewalk.cli.options.OutputOptions;
import io.cakewalk.mcp.internal.Json;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cakewalk connectors add|list|show|remove}: the local registry of named MCP servers. */
@Command(
    name = "connectors",
    description = "Manage the local registry of named MCP servers (connectors).",
    mixinStandardHelpOptions = true,
    footer = {
      "%nThe registry is connectors.json in the configuration directory ($$CAKEWALK_HOME,"
          + " else $$XDG_CONFIG_HOME/cakewalk, else ~/.config/cakewalk). It stores environment"
          + " variable names, never tokens.",
      "%nExamples:",
      "  cakewalk connectors add everything http://127.0.0.1:3001/mcp",
      "  cakewalk connectors add github https://example.com/mcp --token-env GH_TOKEN",
      "  cakewalk connectors list",
      "  cakewalk tools list github"
    })
public final class ConnectorsCommand {

  private final Context context;

  @Spec CommandSpec spec;

  public ConnectorsCommand(Context context) {
    this.context = context;
  }

  @Command(
      name = "add",
      description = "Add (or with --replace, update) a connector.",
      mixinStandardHelpOptions = true,
      footer = {
        "%nExamples:",
        "  cakewalk connectors add demo http://127.0.0.1:3001/mcp",
        "  cakewalk connectors add api https://example.com/mcp --token-env API_TOKEN",
        "  cakewalk connectors add gw https://gw.example.com/mcp --auth oauth",
        "  cakewalk connectors add k https://example.com/mcp \\",
        "      --header 'X-Api-Key: $${API_KEY}'"
      })
  void add(
      @Parameters(index = "0", paramLabel = "NAME", description = "Letters, digits, _ or -.")
          String name,
      @Parameters(index = "1", paramLabel = "URL", description = "The MCP endpoint.") String url,
      @Option(
              names = "--auth",
              paramLabel = "none|bearer|oauth",
              description = "How to authenticate (default: bearer with --token-env, else none).")
          AuthMethod auth,
      @Option(
              names = "--token-env",
              paramLabel = "VAR",
              description = "Environment variable that holds the bearer token.")
          String tokenEnv,
      @Option(
              names = {"-H", "--header"},
              paramLabel = "HEADER",
              description =
                  "Header 'Name: value' to send, repeatable; credentials must be $${VAR}"
                      + " references.")
          List<String> headers,
      @Option(names = "--description", paramLabel = "TEXT", description = "What the server offers.")
          String description,
      @Option(names = "--replace", description = "Replace a connector of the same name.")
          boolean replace) {
    CommandLine cl = spec.subcommands().get("add");
    AuthMethod method =
        auth != null ? auth : tokenEnv != null ? AuthMethod.BEARER : AuthMethod.NONE;
    Connector connector;
    try {
      connector = new Connector(name, Targets.url(cl, url), method, tokenEnv, headers, description);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(cl, e.getMessage());
    }
    ConnectorRegistry registry = registry();
    if (!replace && registry.find(name).isPresent()) {
      throw new CliException.Config(
          "connector '" + name + "' exists: add --replace to update it, or pick another name");
    }
    boolean replaced = registry.put(connector);
    PrintWriter out = cl.getOut();
    out.println((replaced ? "Updated" : "Added") + " connector " + name + " → " + url);
    if (method == AuthMethod.BEARER && !context.env().containsKey(tokenEnv)) {
      out.println("Note: " + tokenEnv + " is not set in this shell; set it before using " + name);
    }
    if (method == AuthMethod.OAUTH) {
      out.println("Next: cakewalk auth login " + name);
    } else {
      out.println("Next: cakewalk tools list " + name);
    }
    out.flush();
  }

  @Command(
      name = "list",
      description = "List the connectors.",
      mixinStandardHelpOptions = true,
      footer = {"%nExamples:", "  cakewalk connectors list", "  cakewalk connectors list --json"})
  void list(@Mixin OutputOptions output) {
    List<Connector> all = registry().list();
    PrintWriter out = spec.subcommands().get("list").getOut();
    if (output.json()) {
      out.println(Json.writePretty(Map.of("connectors", all)));
    } else if (all.isEmpty()) {
      out.println("No connectors yet: cakewalk connectors add NAME URL");
    } else {
      Table table = new Table("NAME", "URL", "AUTH", "DESCRIPTION");
      for (Connector c : all) {
        table.row(c.name(), c.url().toString(), authLabel(c), Table.cut(c.description(), 50));
      }
      table.print(out);
    }
    out.flush();
  }

  @Command(
      name = "show",
      description = "Show one connector.",
      mixinStandardHelpOptions = true,
      footer = {"%nExamples:", "  cakewalk connectors show demo --json"})
  void show(
      @Parameters(paramLabel = "NAME", description = "The connector's name.") String name,
      @Mixin OutputOptions output) {
    Connector c = find(name);
    PrintWriter out = spec.subcommands().get("show").getOut();
    Map<String, Object> view = new LinkedHashMap<>(Json.toMap(c));
    if (c.tokenEnv() != null) {
      view.put("tokenEnvSet", context.env().containsKey(c.tokenEnv()));
    }
    if (output.json()) {
      out.println(Json.writePretty(view));
    } else {
      out.println("name:        " + c.name());
      out.println("url:         " + c.url());
      out.println("auth:        " + authLabel(c));
      if (c.tokenEnv() != null) {
        out.println(
            "token:       $"
                + c.tokenEnv()
                + (context.env().containsKey(c.tokenEnv()) ? " (set)" : " (not set)"));
      }
      for (String h : c.headers()) {
        out.println("header:      " + h);
      }
      if (c.description() != null) {
        out.println("description: " + c.description());
      }
    }
    out.flush();
  }

  @Command(
      name = "remove",
      aliases = "rm",
      description = "Remove a connector from the local registry.",
      mixinStandardHelpOptions = true,
      footer = {"%nExamples:", "  cakewalk connectors remove demo"})
  void remove(@Parameters(paramLabel = "NAME", description = "The connector's name.") String name) {
    find(name);
    registry().remove(name);
    PrintWriter out = spec.subcommands().get("remove").getOut();
    out.println("Removed connector " + name);
    out.flush();
  }

  private ConnectorRegistry registry() {
    return new ConnectorRegistry(context.configDir());
  }

  private Connector find(String name) {
    return registry()
        .find(name)
        .orElseThrow(
            () ->
                new CliException.Config(
                    "no connector named '" + name + "' (see cakewalk connectors list)"));
  }

  private static String authLabel(Connector c) {
    return switch (c.auth()) {
      case NONE -> "none";
      case BEARER -> "bearer $" + c.tokenEnv();
      case OAUTH -> "oauth";
    };
  }
}
