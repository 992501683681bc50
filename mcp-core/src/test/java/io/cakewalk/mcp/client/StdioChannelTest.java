package io.cakewalk.mcp.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cakewalk.mcp.McpClient;
import io.cakewalk.mcp.McpTransportException;
import io.cakewalk.mcp.ServerSummary;
import io.cakewalk.mcp.schema.Tool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stdio transport against a tiny single-file Java server launched as a subprocess. */
class StdioChannelTest {

  /** Answers initialize and tools/list by id; logs to stderr; exits when stdin closes. */
  private static final String SERVER =
      """
      import java.io.*;
      public class Server {
        public static void main(String[] a) throws Exception {
          BufferedReader in = new BufferedReader(new InputStreamReader(System.in, "UTF-8"));
          System.err.println("fake server started");
          if (a.length > 0) { System.err.println("cannot open database"); System.exit(3); }
          String line;
          while ((line = in.readLine()) != null) {
            int i = line.indexOf("\\"id\\":");
            if (i < 0) continue;
            String id = line.substring(i + 5, line.indexOf(',', i));
            String result = line.contains("\\"initialize\\"")
                ? "{\\"protocolVersion\\":\\"2025-11-25\\",\\"capabilities\\":{\\"tools\\":{}},"
                  + "\\"serverInfo\\":{\\"name\\":\\"stdio-fake\\",\\"version\\":\\"1\\"}}"
                : "{\\"tools\\":[{\\"name\\":\\"t\\",\\"inputSchema\\":{\\"type\\":\\"object\\"}}]}";
            System.out.println("{\\"jsonrpc\\":\\"2.0\\",\\"id\\":" + id + ",\\"result\\":" + result + "}");
            System.out.flush();
          }
        }
      }
      """;

  private static List<String> command(Path dir, String... args) throws IOException {
    Path source = dir.resolve("Server.java");
    Files.writeString(source, SERVER);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new java.util.ArrayList<>(List.of(java, source.toString()));
    command.addAll(List.of(args));
    return command;
  }

  @Test
  void talksNewlineDelimitedJsonAndCapturesStderr(@TempDir Path dir) throws IOException {
    List<String> stderr = new CopyOnWriteArrayList<>();
    try (McpClient client = McpClient.stdio(command(dir)).onStderr(stderr::add).build()) {
      ServerSummary info = client.connect();
      assertThat(info.serverInfo().name()).isEqualTo("stdio-fake");
      assertThat(client.listTools()).extracting(Tool::name).containsExactly("t");
    }
    assertThat(stderr).contains("fake server started");
  }

  @Test
  void reportsAServerThatExitsWithItsLastStderrLine(@TempDir Path dir) throws IOException {
    try (McpClient client =
        McpClient.stdio(command(dir, "crash"))
            .onStderr(line -> {})
            .requestTimeout(Duration.ofSeconds(30))
            .build()) {
      McpTransportException e = catchThrowableOfType(McpTransportException.class, client::connect);
      assertThat(e.getMessage()).contains("stopped").contains("exit code 3");
      assertThat(e.getMessage()).doesNotContain("\n");
    }
  }

  @Test
  void reportsACommandThatCannotStart() {
    try (McpClient client = McpClient.stdio(List.of("/nonexistent/mcp-server")).build()) {
      McpTransportException e = catchThrowableOfType(McpTransportException.class, client::connect);
      assertThat(e.getMessage()).contains("cannot start the stdio server");
    }
  }
}
