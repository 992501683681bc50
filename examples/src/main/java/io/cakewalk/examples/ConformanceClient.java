package io.cakewalk.examples;

import io.cakewalk.mcp.ElicitationHandler;
import io.cakewalk.mcp.McpClient;
import io.cakewalk.mcp.McpException;
import io.cakewalk.mcp.ProtocolMode;
import io.cakewalk.mcp.internal.Json;
import io.cakewalk.mcp.schema.ProtocolVersion;
import io.cakewalk.mcp.schema.Tool;
import io.cakewalk.oauth.OAuthException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The client side of the MCP conformance suite ({@code @modelcontextprotocol/conformance} {@code
 * client} mode): the server URL is the last argument; {@code MCP_CONFORMANCE_SCENARIO}, {@code
 * MCP_CONFORMANCE_PROTOCOL_VERSION} and {@code MCP_CONFORMANCE_CONTEXT} say what to do. Exits 0
 * when the scenario's work succeeded, 1 otherwise with one line on stderr.
 *
 * <pre>{@code
 * conformance client --command "java -cp <classpath> io.cakewalk.examples.ConformanceClient" \
 *     --scenario tools_call
 * }</pre>
 */
public final class ConformanceClient {

  /** One scenario's behaviour. */
  @FunctionalInterface
  interface Scenario {
    void run(Run run) throws Exception;
  }

  /**
   * What a scenario gets: the URL, the revision, the suite's context object, and a client builder
   * preset for that revision.
   */
  record Run(URI url, ProtocolVersion version, Map<String, Object> context) {
    McpClient.Builder builder() {
      return McpClient.builder(url).protocol(ProtocolMode.pin(version));
    }

    McpClient client() {
      return builder().build();
    }
  }

  /** Scenario name to behaviour; the {@code auth/*} ones live in {@link ConformanceAuth}. */
  static final Map<String, Scenario> SCENARIOS = scenarios();

  private ConformanceClient() {}

  private static Map<String, Scenario> scenarios() {
    Map<String, Scenario> s = new LinkedHashMap<>();
    s.put("initialize", ConformanceClient::connectOnly);
    s.put(
        "tools_call",
        run -> {
          try (McpClient client = run.client()) {
            client.listTools();
            client.callTool("add_numbers", Map.of("a", 2, "b", 3));
          }
        });
    s.put("request-metadata", ConformanceClient::listOnly);
    s.put("json-schema-ref-no-deref", ConformanceClient::listOnly);
    s.put("elicitation-sep1034-client-defaults", ConformanceClient::callEveryTool);
    s.put("sse-retry", ConformanceClient::callEveryTool);
    s.put("sep-2322-client-request-state", ConformanceClient::callEveryTool);
    s.put("http-invalid-tool-headers", ConformanceClient::callEveryTool);
    s.put("http-standard-headers", ConformanceClient::everyStandardMethod);
    s.put("http-custom-headers", ConformanceClient::contextToolCalls);
    s.put("json-schema-2020-12-preservation", ConformanceClient::echoSchema);
    ConformanceAuth.register(s);
    return s;
  }

  /** Runs the scenario named by the environment against the URL in the last argument. */
  public static void main(String[] args) {
    String scenario = System.getenv("MCP_CONFORMANCE_SCENARIO");
    try {
      if (args.length == 0 || scenario == null) {
        throw new IllegalArgumentException(
            "usage: MCP_CONFORMANCE_SCENARIO=<name> ConformanceClient <server-url>");
      }
      Scenario behaviour = SCENARIOS.get(scenario);
      if (behaviour == null) {
        throw new IllegalArgumentException("unknown conformance scenario '" + scenario + "'");
      }
      behaviour.run(run(args[args.length - 1]));
    } catch (McpException | OAuthException | IllegalArgumentException e) {
      System.err.println("conformance client (" + scenario + "): " + e.getMessage());
      System.exit(1);
    } catch (Exception e) {
      System.err.println("conformance client (" + scenario + ") failed: " + e);
      System.exit(1);
    }
  }

  static Run run(String url) {
    String wire = System.getenv().getOrDefault("MCP_CONFORMANCE_PROTOCOL_VERSION", "2025-11-25");
    ProtocolVersion version =
        ProtocolVersion.parse(wire)
            .orElseThrow(() -> new IllegalArgumentException("unknown protocol version " + wire));
    String context = System.getenv("MCP_CONFORMANCE_CONTEXT");
    Map<String, Object> ctx =
        context == null || context.isBlank() ? Map.of() : Json.object(context);
    return new Run(URI.create(url), version, ctx);
  }

  private static void connectOnly(Run run) {
    try (McpClient client = run.client()) {
      client.connect();
    }
  }

  private static void listOnly(Run run) {
    try (McpClient client = run.client()) {
      client.listTools();
    }
  }

  /** Lists the tools and calls each valid one with arguments made from its schema. */
  private static void callEveryTool(Run run) {
    try (McpClient client =
        run.builder().elicitation(ElicitationHandler.acceptDefaults()).build()) {
      for (Tool tool : client.listTools()) {
        client.callTool(tool.name(), SampleArguments.of(tool.inputSchema()));
      }
    }
  }

  private static void everyStandardMethod(Run run) {
    try (McpClient client = run.client()) {
      for (Tool tool : client.listTools()) {
        client.callTool(tool.name(), SampleArguments.of(tool.inputSchema()));
      }
      Map<String, Object> resources = client.request("resources/list", Map.of());
      for (Map<String, Object> r : Json.listOfObjects(resources.get("resources"))) {
        client.request("resources/read", Map.of("uri", r.get("uri")));
      }
      Map<String, Object> prompts = client.request("prompts/list", Map.of());
      for (Map<String, Object> p : Json.listOfObjects(prompts.get("prompts"))) {
        client.request("prompts/get", Map.of("name", p.get("name")));
      }
    }
  }

  /** Calls the tools listed in the context's {@code toolCalls} with their arguments. */
  private static void contextToolCalls(Run run) {
    try (McpClient client = run.client()) {
      client.listTools();
      for (Map<String, Object> call : Json.listOfObjects(run.context().get("toolCalls"))) {
        @SuppressWarnings("unchecked")
        Map<String, Object> arguments = (Map<String, Object>) call.get("arguments");
        client.callTool((String) call.get("name"), arguments == null ? Map.of() : arguments);
      }
    }
  }

  /** Sends {@code json_schema_2020_12_tool}'s inputSchema back verbatim to the echo tool. */
  private static void echoSchema(Run run) {
    try (McpClient client = run.client()) {
      List<Tool> tools = client.listTools();
      Tool focal =
          tools.stream()
              .filter(t -> t.name().equals("json_schema_2020_12_tool"))
              .findFirst()
              .orElseThrow(() -> new IllegalArgumentException("json_schema_2020_12_tool missing"));
      client.callTool("json_schema_echo", Map.of("schema", focal.inputSchema()));
    }
  }
}
