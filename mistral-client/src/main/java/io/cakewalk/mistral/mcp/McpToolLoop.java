package io.cakewalk.mistral.mcp;

import io.cakewalk.mcp.schema.CallToolResult;
import io.cakewalk.mistral.MistralClient;
import io.cakewalk.mistral.chat.ChatMessage;
import io.cakewalk.mistral.chat.ChatRequest;
import io.cakewalk.mistral.chat.ChatResponse;
import io.cakewalk.mistral.chat.MessageContent;
import io.cakewalk.mistral.chat.ToolCall;
import io.cakewalk.mistral.chat.ToolCallId;
import io.cakewalk.mistral.chat.ToolCallIds;
import io.cakewalk.mistral.chat.ToolChoice;
import io.cakewalk.mistral.chat.Usage;
import io.cakewalk.mistral.models.ModelCapability;
import io.cakewalk.mistral.stream.ChatStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;

/**
 * Runs a tool-calling conversation between Mistral and an MCP server: chat, call the requested
 * tools (concurrently when the model asks for several), send one tool message per call, repeat
 * until the model answers or the step limit is reached. Tool failures, unknown tools and bad
 * arguments go back to the model as {@code Error: …} tool messages; they are not thrown.
 *
 * <p>A forcing {@code tool_choice} ({@code any}, {@code required} or a named function) applies to
 * the first round only: once a round has called tools, later requests send {@code auto}, because a
 * model that must call a tool on every round could never answer and would only stop at the step
 * limit. {@code none} and {@code auto} are sent unchanged on every round.
 *
 * <pre>{@code
 * McpToolLoop loop = McpToolLoop.builder(mistral, McpToolSource.of(mcp::listTools, mcp::callTool),
 *     "mistral-medium-latest").stream(true).listener(listener).build();
 * LoopResult r = loop.run(List.of(ChatMessage.user("What's the weather in Paris?")));
 * }</pre>
 */
public final class McpToolLoop {

  private final MistralClient client;
  private final MistralToolSet tools;
  private final McpToolSource source;
  private final Builder settings;

  private McpToolLoop(Builder b, MistralToolSet tools) {
    this.client = b.client;
    this.source = b.source;
    this.tools = tools;
    this.settings = b;
  }

  /** A builder with the required parts up front. */
  public static Builder builder(MistralClient client, McpToolSource source, String model) {
    return new Builder(client, source, model);
  }

  /** The tools offered to the model. */
  public MistralToolSet tools() {
    return tools;
  }

  /** Runs one prompt from scratch. */
  public LoopResult run(String prompt) {
    return run(List.of(ChatMessage.user(prompt)));
  }

  /** Continues {@code conversation} (which must end with a user or tool message). */
  public LoopResult run(List<ChatMessage> conversation) {
    List<ChatMessage> messages = new ArrayList<>(conversation);
    ToolCallIds ids = new ToolCallIds();
    Usage usage = Usage.ZERO;
    LoopListener listener = settings.listener;
    ToolChoice choice = settings.toolChoice;
    for (int step = 1; ; step++) {
      listener.onStep(step);
      ChatRequest request = settings.request.apply(base(messages, choice));
      ChatResponse response = send(request, listener);
      usage = usage.plus(response.usage());
      ChatMessage.Assistant answer = response.message();
      if (answer.calls().isEmpty()) {
        messages.add(answer);
        return new LoopResult(answer.text(), messages, step, false, response.finishReason(), usage);
      }
      List<ToolCall> calls = new ArrayList<>();
      for (ToolCall c : answer.calls()) {
        calls.add(ToolCall.of(ids.normalise(c.id()), c.name(), c.function().arguments()));
      }
      // Rebuilt with Mistral ids, so like Mistral's own turns: empty text beside the calls.
      messages.add(new ChatMessage.Assistant(MessageContent.of(""), calls, null));
      messages.addAll(callAll(calls, listener));
      choice = afterToolRound(choice);
      if (step >= settings.maxSteps) {
        return new LoopResult("", messages, step, true, response.finishReason(), usage);
      }
    }
  }

  /** The choice for rounds after a tool round: forcing choices relax to auto. */
  static ToolChoice afterToolRound(ToolChoice choice) {
    return choice == ToolChoice.Mode.NONE || choice == null ? choice : ToolChoice.Mode.AUTO;
  }

  private ChatRequest base(List<ChatMessage> messages, ToolChoice choice) {
    var b = ChatRequest.builder(settings.model, messages).toolChoice(choice);
    if (!tools.tools().isEmpty()) {
      b.tools(tools.tools()).parallelToolCalls(settings.parallelToolCalls);
    } else {
      b.toolChoice(null);
    }
    return b.build();
  }

  private ChatResponse send(ChatRequest request, LoopListener listener) {
    if (settings.stream) {
      try (ChatStream s = client.chatStream(request)) {
        return s.collect(listener::onText);
      }
    }
    ChatResponse r = client.chat(request);
    if (!r.text().isEmpty()) {
      listener.onText(r.text());
    }
    return r;
  }

  private List<ChatMessage> callAll(List<ToolCall> calls, LoopListener listener) {
    if (calls.size() == 1) {
      return List.of(call(calls.get(0), listener));
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(calls.size(), settings.maxConcurrency),
            r -> {
              Thread t = new Thread(r, "mcp-tool-call");
              t.setDaemon(true);
              return t;
            });
    try {
      List<CompletableFuture<ChatMessage>> futures = new ArrayList<>();
      for (ToolCall c : calls) {
        futures.add(CompletableFuture.supplyAsync(() -> call(c, listener), pool));
      }
      return futures.stream().map(CompletableFuture::join).toList();
    } finally {
      pool.shutdownNow();
    }
  }

  private ChatMessage call(ToolCall call, LoopListener listener) {
    ToolCallId id = new ToolCallId(call.id());
    var tool = tools.names().tool(call.name());
    if (tool.isEmpty()) {
      return reply(
          id,
          call.name(),
          "Error: tool '" + call.name() + "' does not exist",
          true,
          listener,
          call.name());
    }
    String mcpName = tool.get().name();
    Map<String, Object> args;
    try {
      args = call.function().parsedArguments();
    } catch (IllegalArgumentException e) {
      return reply(id, call.name(), "Error: " + e.getMessage(), true, listener, mcpName);
    }
    listener.onToolCall(mcpName, args);
    String text;
    boolean failed;
    try {
      CallToolResult result = source.callTool(mcpName, args);
      text = ToolResultText.render(result, settings.maxResultChars);
      failed = result.failed();
    } catch (RuntimeException e) {
      text =
          "Error: calling tool '"
              + mcpName
              + "' failed: "
              + Objects.toString(e.getMessage(), e.getClass().getSimpleName());
      failed = true;
    }
    return reply(id, call.name(), text, failed, listener, mcpName);
  }

  private static ChatMessage reply(
      ToolCallId id,
      String name,
      String text,
      boolean failed,
      LoopListener listener,
      String mcpName) {
    listener.onToolResult(mcpName, text, failed);
    String safeName =
        io.cakewalk.mistral.chat.FunctionDefinition.NAME.matcher(name).matches() ? name : null;
    return new ChatMessage.Tool(MessageContent.of(text), id.value(), safeName);
  }

  /** Builds a {@link McpToolLoop}. */
  public static final class Builder {
    private final MistralClient client;
    private final McpToolSource source;
    private final String model;
    private int maxSteps = 10;
    private ToolChoice toolChoice = ToolChoice.Mode.AUTO;
    private Boolean parallelToolCalls;
    private boolean stream;
    private boolean verifyModel;
    private int maxConcurrency = 8;
    private int maxResultChars = ToolResultText.DEFAULT_MAX_CHARS;
    private LoopListener listener = new LoopListener() {};
    private UnaryOperator<ChatRequest> request = UnaryOperator.identity();
    private MistralToolSet toolSet;

    private Builder(MistralClient client, McpToolSource source, String model) {
      this.client = Objects.requireNonNull(client, "client");
      this.source = Objects.requireNonNull(source, "source");
      this.model = Objects.requireNonNull(model, "model");
    }

    /** Most chat rounds per run (default 10). */
    public Builder maxSteps(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("maxSteps must be at least 1");
      }
      maxSteps = n;
      return this;
    }

    /**
     * {@code tool_choice} (default auto). A forcing choice ({@code any}, {@code required}, a named
     * function) applies until the first tool round; later rounds send {@code auto} so the model can
     * answer.
     */
    public Builder toolChoice(ToolChoice choice) {
      toolChoice = choice;
      return this;
    }

    /** {@code parallel_tool_calls}; unset by default (Mistral's default is true). */
    public Builder parallelToolCalls(Boolean value) {
      parallelToolCalls = value;
      return this;
    }

    /** Whether to stream answers, passing tokens to {@link LoopListener#onText}. */
    public Builder stream(boolean value) {
      stream = value;
      return this;
    }

    /** Whether {@link #build()} checks with {@code /v1/models} that the model can call tools. */
    public Builder verifyModel(boolean value) {
      verifyModel = value;
      return this;
    }

    /** Most tool calls running at once (default 8). */
    public Builder maxConcurrency(int n) {
      maxConcurrency = Math.max(1, n);
      return this;
    }

    /** Bound on each tool message's text (default 64 KiB). */
    public Builder maxResultChars(int n) {
      maxResultChars = Math.max(64, n);
      return this;
    }

    /** Progress and token callbacks. */
    public Builder listener(LoopListener l) {
      listener = Objects.requireNonNull(l, "listener");
      return this;
    }

    /** Adjusts every request, e.g. {@code r -> r.toBuilder().temperature(0.2).build()}. */
    public Builder request(UnaryOperator<ChatRequest> customizer) {
      request = Objects.requireNonNull(customizer, "customizer");
      return this;
    }

    /** Uses a prepared tool set (a selection, a prefix) instead of all of the source's tools. */
    public Builder tools(MistralToolSet set) {
      toolSet = set;
      return this;
    }

    /** Lists the tools (unless given) and builds the loop. */
    public McpToolLoop build() {
      if (verifyModel && !client.model(model).supports(ModelCapability.FUNCTION_CALLING)) {
        throw new IllegalStateException(
            "Model '"
                + model
                + "' cannot call tools: pick one with function_calling in /v1/models");
      }
      return new McpToolLoop(
          this, toolSet != null ? toolSet : MistralToolSet.of(source.listTools()));
    }
  }
}
