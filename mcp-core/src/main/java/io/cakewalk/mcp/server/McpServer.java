package io.cakewalk.mcp.server;

import io.cakewalk.mcp.schema.Implementation;
import io.cakewalk.mcp.schema.Prompt;
import io.cakewalk.mcp.schema.Resource;
import io.cakewalk.mcp.schema.ResourceTemplate;
import io.cakewalk.mcp.schema.Tool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An MCP server: the tools, resources, prompts and completions it offers, and the bounded pool that
 * runs their handlers. Serve it over HTTP with {@link McpHttpHandler} (both protocol eras on one
 * endpoint), or standalone with {@link #serve(McpServer, int)}.
 *
 * <pre>{@code
 * McpServer server = McpServer.builder(new Implementation("demo", "1.0.0"))
 *     .tool(Tool.builder("echo", Map.of("type", "object")).build(),
 *           (args, ctx) -> CallToolResult.text(String.valueOf(args.get("text"))))
 *     .build();
 * try (RunningServer running = McpServer.serve(server, 3001)) {   // http://127.0.0.1:3001/mcp
 *   ...
 * }
 * }</pre>
 */
public final class McpServer implements AutoCloseable {

  private final Implementation info;
  private final String instructions;
  private final Catalog catalog;
  private final Map<String, CompletionHandler> completions;
  private final boolean logging;
  private final int pageSize;
  private final long ttlMs;
  private final String cacheScope;
  private final ExecutorService executor;
  private final boolean ownsExecutor;
  private final int concurrency;
  private final RequestStateSigner signer = new RequestStateSigner();

  private McpServer(Builder b) {
    this.info = b.info;
    this.instructions = b.instructions;
    this.catalog = b.catalog;
    this.completions = Map.copyOf(b.completions);
    this.logging = b.logging;
    this.pageSize = b.pageSize;
    this.ttlMs = b.ttlMs;
    this.cacheScope = b.cacheScope;
    this.ownsExecutor = b.executor == null;
    this.concurrency = b.maxConcurrency;
    this.executor = b.executor != null ? b.executor : newPool(b.maxConcurrency, b.queueCapacity);
  }

  /** Starts a builder; {@code info} is reported as {@code serverInfo}. */
  public static Builder builder(Implementation info) {
    return new Builder(info);
  }

  /** The server's name and version. */
  public Implementation info() {
    return info;
  }

  /** Adds or replaces a tool at run time and tells connected clients that the list changed. */
  public void addTool(Tool tool, ToolHandler handler) {
    catalog.putTool(tool, handler);
    catalog.fire(new ServerEvent(ServerEvent.Kind.TOOLS, null));
  }

  /** Removes a tool; returns whether it existed. Clients are told when it did. */
  public boolean removeTool(String name) {
    boolean removed = catalog.removeTool(name);
    if (removed) {
      catalog.fire(new ServerEvent(ServerEvent.Kind.TOOLS, null));
    }
    return removed;
  }

  /** Adds or replaces a prompt at run time and tells connected clients. */
  public void addPrompt(Prompt prompt, PromptHandler handler) {
    catalog.putPrompt(prompt, handler);
    catalog.fire(new ServerEvent(ServerEvent.Kind.PROMPTS, null));
  }

  /** Removes a prompt; returns whether it existed. */
  public boolean removePrompt(String name) {
    boolean removed = catalog.removePrompt(name);
    if (removed) {
      catalog.fire(new ServerEvent(ServerEvent.Kind.PROMPTS, null));
    }
    return removed;
  }

  /** Adds or replaces a resource at run time and tells connected clients. */
  public void addResource(Resource resource, ResourceHandler handler) {
    catalog.putResource(resource, handler);
    catalog.fire(new ServerEvent(ServerEvent.Kind.RESOURCES, null));
  }

  /** Tells clients subscribed to {@code uri} that the resource changed. */
  public void resourceUpdated(String uri) {
    catalog.fire(new ServerEvent(ServerEvent.Kind.RESOURCE_UPDATED, uri));
  }

  /**
   * Serves {@code server} at {@code http://127.0.0.1:<port>/mcp} with default limits ({@code port}
   * 0 picks a free port). Close the returned handle to stop.
   */
  public static RunningServer serve(McpServer server, int port) {
    return serve(
        McpHttpHandler.builder(server).build(),
        new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
  }

  /**
   * Serves a configured handler at {@code /mcp} on {@code address} (loopback unless told
   * otherwise).
   */
  public static RunningServer serve(McpHttpHandler handler, InetSocketAddress address) {
    try {
      return RunningServer.start(handler, address);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + address + ": " + e.getMessage(), e);
    }
  }

  /** Stops the handler pool (when the server created it). */
  @Override
  public void close() {
    if (ownsExecutor) {
      executor.shutdownNow();
    }
  }

  Catalog catalog() {
    return catalog;
  }

  String instructions() {
    return instructions;
  }

  CompletionHandler completion(String refType, String refName) {
    return completions.get(refType + "\u0000" + refName);
  }

  boolean hasCompletions() {
    return !completions.isEmpty();
  }

  boolean logging() {
    return logging;
  }

  int pageSize() {
    return pageSize;
  }

  long ttlMs() {
    return ttlMs;
  }

  String cacheScope() {
    return cacheScope;
  }

  ExecutorService executor() {
    return executor;
  }

  /** Handlers allowed to run at once. */
  int concurrency() {
    return concurrency;
  }

  RequestStateSigner signer() {
    return signer;
  }

  /** The capabilities object announced in {@code initialize} and {@code server/discover}. */
  Map<String, Object> capabilities() {
    Map<String, Object> caps = new LinkedHashMap<>();
    caps.put("tools", Map.of("listChanged", true));
    caps.put("resources", Map.of("subscribe", true, "listChanged", true));
    caps.put("prompts", Map.of("listChanged", true));
    if (logging) {
      caps.put("logging", Map.of());
    }
    if (hasCompletions()) {
      caps.put("completions", Map.of());
    }
    return caps;
  }

  private static ExecutorService newPool(int threads, int queue) {
    AtomicInteger n = new AtomicInteger();
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            30,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(queue),
            r -> {
              Thread t = new Thread(r, "mcp-handler-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            },
            new ThreadPoolExecutor.AbortPolicy());
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  /** Builds an {@link McpServer}; everything but {@code info} is optional. */
  public static final class Builder {
    private final Implementation info;
    private final Catalog catalog = new Catalog();
    private final Map<String, CompletionHandler> completions = new HashMap<>();
    private String instructions;
    private boolean logging = true;
    private int pageSize = 100;
    private long ttlMs;
    private String cacheScope = "private";
    private int maxConcurrency = 64;
    private int queueCapacity = 1024;
    private ExecutorService executor;

    private Builder(Implementation info) {
      if (info == null) {
        throw new IllegalArgumentException("server needs an Implementation (name and version)");
      }
      this.info = info;
    }

    /** A hint for the model, sent in {@code initialize} and {@code server/discover}. */
    public Builder instructions(String instructions) {
      this.instructions = instructions;
      return this;
    }

    /** Adds a tool; its name must be 1 to 64 characters of {@code [A-Za-z0-9_.-]}. */
    public Builder tool(Tool tool, ToolHandler handler) {
      catalog.putTool(tool, require(handler));
      return this;
    }

    /** Adds a resource with a fixed URI. */
    public Builder resource(Resource resource, ResourceHandler handler) {
      catalog.putResource(resource, require(handler));
      return this;
    }

    /** Adds a resource template; the handler receives the matched variables. */
    public Builder resourceTemplate(ResourceTemplate template, ResourceHandler handler) {
      catalog.putTemplate(template, require(handler));
      return this;
    }

    /** Adds a prompt. */
    public Builder prompt(Prompt prompt, PromptHandler handler) {
      catalog.putPrompt(prompt, require(handler));
      return this;
    }

    /**
     * Adds argument completion for a prompt ({@code refType} {@code "ref/prompt"}, {@code refName}
     * its name) or a resource template ({@code "ref/resource"}, its URI template).
     */
    public Builder completion(String refType, String refName, CompletionHandler handler) {
      completions.put(refType + "\u0000" + refName, require(handler));
      return this;
    }

    /** Whether to offer the {@code logging} capability (default true). */
    public Builder logging(boolean logging) {
      this.logging = logging;
      return this;
    }

    /** Items per page of {@code tools/list} and the other lists (default 100). */
    public Builder pageSize(int pageSize) {
      if (pageSize < 1) {
        throw new IllegalArgumentException("pageSize must be at least 1");
      }
      this.pageSize = pageSize;
      return this;
    }

    /**
     * 2026-07-28 cache hints for list and read results (default {@code 0} ms, {@code "private"}).
     */
    public Builder cacheHints(long ttlMs, boolean shareable) {
      if (ttlMs < 0) {
        throw new IllegalArgumentException("ttlMs must be >= 0");
      }
      this.ttlMs = ttlMs;
      this.cacheScope = shareable ? "public" : "private";
      return this;
    }

    /** Handlers running at once (default 64) and calls waiting for a thread (default 1024). */
    public Builder concurrency(int maxConcurrency, int queueCapacity) {
      if (maxConcurrency < 1 || queueCapacity < 1) {
        throw new IllegalArgumentException("concurrency and queue capacity must be at least 1");
      }
      this.maxConcurrency = maxConcurrency;
      this.queueCapacity = queueCapacity;
      return this;
    }

    /** Runs handlers on the caller's executor instead of the built-in bounded pool. */
    public Builder executor(ExecutorService executor) {
      this.executor = executor;
      return this;
    }

    public McpServer build() {
      return new McpServer(this);
    }

    private static <T> T require(T handler) {
      if (handler == null) {
        throw new IllegalArgumentException("handler must not be null");
      }
      return handler;
    }
  }
}
