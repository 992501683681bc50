package io.cakewalk.cli.commands;

import io.cakewalk.oauth.server.AuthorizationStore;
import io.cakewalk.oauth.server.FileAuthorizationStore;
import io.cakewalk.oauth.server.Gateway;
import io.cakewalk.oauth.server.InMemoryAuthorizationStore;
import io.cakewalk.oauth.server.OneTimePasswordAuthenticator;
import io.cakewalk.oauth.server.Upstream;
import java.io.PrintWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code cakewalk gateway}: serves an OAuth-protected MCP endpoint on 127.0.0.1 with demo tools and
 * the tools of upstream MCP servers, ready for Le Chat's "OAuth 2.1 with Dynamic Client
 * Registration" connectors.
 */
@Command(
    name = "gateway",
    description = "Serve an OAuth-protected MCP endpoint on 127.0.0.1 (demo tools plus upstreams).",
    mixinStandardHelpOptions = true,
    footer = {
      "%nUpstream tools appear as <name>_<tool>. Upstream headers are sent only upstream; the"
          + " client's token never leaves the gateway. Clients, grants and tokens persist in"
          + " <config>/gateway/oauth-store.json (mode 0600) unless --in-memory.",
      "%nExamples:",
      "  cakewalk gateway",
      "  cakewalk gateway --upstream docs=http://127.0.0.1:3001/mcp \\",
      "      --upstream-header 'docs=Authorization: Bearer $${DOCS_TOKEN}'",
      "  cakewalk gateway \\",
      "    --upstream-stdio 'files=npx -y @modelcontextprotocol/server-filesystem /tmp'",
      "  cakewalk gateway --issuer https://mcp.example.com   # behind a TLS proxy"
    })
public final class GatewayCommand implements Runnable {

  private final Context context;

  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "8787",
      description = "Loopback port (default 8787).")
  int port;

  @Option(
      names = "--issuer",
      paramLabel = "URL",
      description = "Public base URL when a TLS proxy forwards to this gateway.")
  URI issuer;

  @Option(
      names = "--upstream",
      paramLabel = "NAME=URL",
      description = "An upstream MCP server over HTTP (repeatable).")
  List<String> upstreams = new ArrayList<>();

  @Option(
      names = "--upstream-header",
      paramLabel = "NAME=HEADER",
      description =
          "A header 'Name: value' for one upstream; $${VAR} is read from the environment"
              + " (repeatable).")
  List<String> headers = new ArrayList<>();

  @Option(
      names = "--upstream-stdio",
      paramLabel = "NAME=COMMAND",
      description = "An upstream started as a local process, split on spaces (repeatable).")
  List<String> stdio = new ArrayList<>();

  @Option(
      names = "--user",
      paramLabel = "NAME",
      defaultValue = "admin",
      description = "Login name (default admin).")
  String user;

  @Option(names = "--in-memory", description = "Keep clients and tokens in memory only.")
  boolean inMemory;

  public GatewayCommand(Context context) {
    this.context = context;
  }

  @Override
  public void run() {
    CommandLine cl = spec.commandLine();
    List<Upstream> parsed = upstreams(cl);
    OneTimePasswordAuthenticator login = OneTimePasswordAuthenticator.generate(user);
    AuthorizationStore store =
        inMemory
            ? new InMemoryAuthorizationStore()
            : FileAuthorizationStore.open(context.configDir().resolve("gateway/oauth-store.json"));
    Gateway.Builder builder = Gateway.builder(login).port(port).store(store);
    if (issuer != null) {
      builder.issuer(issuer);
    }
    parsed.forEach(builder::upstream);
    Gateway gateway;
    try {
      gateway = builder.start();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(cl, e.getMessage());
    }
    PrintWriter out = cl.getOut();
    out.println("Cakewalk gateway: " + gateway.mcpUrl());
    out.println(
        "Sign in as " + login.username() + " with one-time password " + login.revealPassword());
    out.println("(generated for this run; restart the gateway for a new one)");
    out.println("Tools: " + String.join(", ", gateway.toolNames()));
    out.println("Press Ctrl+C to stop.");
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  gateway.close();
                  stopped.countDown();
                }));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      gateway.close();
    }
  }

  /** The upstreams named by the options, each with its headers. */
  List<Upstream> upstreams(CommandLine cl) {
    Map<String, Map<String, String>> headersByName = new LinkedHashMap<>();
    for (String spec : headers) {
      String[] nameAndHeader = split(cl, spec, "--upstream-header");
      int colon = nameAndHeader[1].indexOf(':');
      if (colon <= 0) {
        throw new ParameterException(
            cl, "--upstream-header needs name=Header: value, got '" + nameAndHeader[0] + "=…'");
      }
      headersByName
          .computeIfAbsent(nameAndHeader[0], k -> new LinkedHashMap<>())
          .put(
              nameAndHeader[1].substring(0, colon).trim(),
              expand(cl, nameAndHeader[1].substring(colon + 1).trim()));
    }
    List<Upstream> result = new ArrayList<>();
    try {
      for (String spec : upstreams) {
        String[] pair = split(cl, spec, "--upstream");
        URI url = URI.create(pair[1]);
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
          throw new ParameterException(cl, "--upstream " + pair[0] + " needs an http(s) URL");
        }
        result.add(Upstream.http(pair[0], url, headersByName.remove(pair[0])));
      }
      for (String spec : stdio) {
        String[] pair = split(cl, spec, "--upstream-stdio");
        List<String> command =
            Arrays.stream(pair[1].trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
        result.add(Upstream.stdio(pair[0], command));
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(cl, e.getMessage());
    }
    if (!headersByName.isEmpty()) {
      throw new ParameterException(
          cl, "--upstream-header names no HTTP upstream: " + headersByName.keySet());
    }
    return result;
  }

  private static String[] split(CommandLine cl, String spec, String option) {
    int eq = spec.indexOf('=');
    if (eq <= 0 || eq == spec.length() - 1) {
      throw new ParameterException(cl, option + " needs name=value, got '" + spec + "'");
    }
    return new String[] {spec.substring(0, eq), spec.substring(eq + 1)};
  }

  private String expand(CommandLine cl, String value) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < value.length()) {
      int start = value.indexOf("${", i);
      if (start < 0) {
        out.append(value, i, value.length());
        break;
      }
      int end = value.indexOf('}', start);
      if (end < 0) {
        throw new ParameterException(cl, "unterminated ${ in --upstream-header");
      }
      String name = value.substring(start + 2, end);
      String resolved = context.env().get(name);
      if (resolved == null) {
        throw new CliException.Config(
            "environment variable " + name + " (used in --upstream-header) is not set");
      }
      out.append(value, i, start).append(resolved);
      i = end + 1;
    }
    return out.toString();
  }
}
