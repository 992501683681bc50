package io.cakewalk.mcp.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A third-party test peer (an npm package from {@code peers/}) running on Node 22 as a child
 * process, bound to 127.0.0.1 through the loopback preload, logging to {@code
 * target/peer-logs/<name>.log}. Closing it stops the process and its descendants.
 *
 * <pre>{@code
 * int port = NodePeer.freePort();
 * try (NodePeer everything = NodePeer.startEverything("everything", "streamableHttp", port)) { ... }
 * }</pre>
 */
public final class NodePeer implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final String name;
  private final Process process;
  private final Path log;

  private NodePeer(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  /** The peers cache installed by {@code peers/install.sh}; fails with the fix when missing. */
  public static Path peersDir() {
    String dir = System.getProperty("cakewalk.peers.dir");
    if (dir == null) {
      dir =
          System.getenv()
              .getOrDefault(
                  "CAKEWALK_PEERS_DIR", System.getProperty("user.home") + "/.cache/cakewalk-peers");
    }
    Path path = Path.of(dir);
    if (!Files.isRegularFile(path.resolve("node22/.installed"))) {
      throw new IllegalStateException(
          "test peers are not installed in "
              + path
              + ": run peers/install.sh or mvn -Ppeers verify");
    }
    return path;
  }

  /** The Node 22 executable. */
  public static Path node() {
    return peersDir().resolve("node22/node_modules/node/bin/node");
  }

  /**
   * A file inside a peer's {@code node_modules}, e.g. {@code module("everything",
   * "@x/y/dist/index.js")}.
   */
  public static String module(String peer, String path) {
    Path file = peersDir().resolve(peer).resolve("node_modules").resolve(path);
    if (!Files.exists(file)) {
      throw new IllegalStateException("peer file missing: " + file + " (re-run peers/install.sh)");
    }
    return file.toString();
  }

  /** The entry script of {@code @modelcontextprotocol/server-everything} (peers.md §3). */
  public static String everythingEntry() {
    return module("everything", "@modelcontextprotocol/server-everything/dist/index.js");
  }

  /**
   * Starts server-everything on {@code port} with {@code transport} ({@code streamableHttp},
   * serving {@code /mcp}, or {@code sse}, serving {@code /sse}), logging as {@code name}.
   */
  public static NodePeer startEverything(String name, String transport, int port)
      throws IOException {
    return start(
        name, List.of(everythingEntry(), transport), Map.of("PORT", Integer.toString(port)), port);
  }

  /** A TCP port that was free a moment ago on 127.0.0.1. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts {@code node <args>} and, when {@code port > 0}, waits until 127.0.0.1:port accepts
   * connections.
   */
  public static NodePeer start(String name, List<String> args, Map<String, String> env, int port)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(node().toString());
    command.addAll(args);
    ProcessBuilder builder = processBuilder(command, env);
    Path log = logFile(name);
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    builder.redirectInput(ProcessBuilder.Redirect.PIPE);
    NodePeer peer = new NodePeer(name, builder.start(), log);
    if (port > 0) {
      peer.awaitPort(port);
    }
    return peer;
  }

  /**
   * A process builder for {@code command} with Node 22 first on {@code PATH}, the loopback preload,
   * and {@code env} added.
   */
  public static ProcessBuilder processBuilder(List<String> command, Map<String, String> env) {
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> environment = builder.environment();
    environment.put(
        "PATH",
        node().getParent() + java.io.File.pathSeparator + environment.getOrDefault("PATH", ""));
    environment.put("NODE_OPTIONS", "--require " + peersDir().resolve("loopback.cjs"));
    environment.putAll(env);
    return builder;
  }

  /** Where a peer's output goes: {@code target/peer-logs/<name>.log}. */
  public static Path logFile(String name) throws IOException {
    Path dir = Path.of("target", "peer-logs");
    Files.createDirectories(dir);
    return dir.resolve(name + ".log");
  }

  private void awaitPort(int port) throws IOException {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IOException(name + " exited with " + process.exitValue() + ": " + tail());
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException notYet) {
        sleep(100);
      }
    }
    close();
    throw new IOException(name + " did not listen on port " + port + " within " + START_TIMEOUT);
  }

  /** The last lines the peer printed, for assertion messages. */
  public String tail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** The running process, for peers driven over stdin/stdout. */
  public Process process() {
    return process;
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a peer", e);
    }
  }
}
