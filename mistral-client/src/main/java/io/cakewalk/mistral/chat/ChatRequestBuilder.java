package io.cakewalk.mistral.chat;

import java.util.List;
import java.util.Map;

/** Builds a {@link ChatRequest}; unset options are left out of the request. */
public final class ChatRequestBuilder {
  private String model;
  private List<ChatMessage> messages;
  private Double temperature;
  private Double topP;
  private Integer maxTokens;
  private Boolean stream;
  private List<String> stop;
  private Long randomSeed;
  private Map<String, Object> metadata;
  private ResponseFormat responseFormat;
  private List<Tool> tools;
  private ToolChoice toolChoice;
  private Double presencePenalty;
  private Double frequencyPenalty;
  private Integer n;
  private Prediction prediction;
  private Boolean parallelToolCalls;
  private ReasoningEffort reasoningEffort;
  private ChatRequest.PromptMode promptMode;
  private List<Guardrail> guardrails;
  private String promptCacheKey;
  private ServiceTier serviceTier;
  private Boolean safePrompt;

  ChatRequestBuilder(String model, List<ChatMessage> messages) {
    this.model = model;
    this.messages = messages;
  }

  ChatRequestBuilder(ChatRequest r) {
    this(r.model(), r.messages());
    temperature = r.temperature();
    topP = r.topP();
    maxTokens = r.maxTokens();
    stream = r.stream();
    stop = r.stop();
    randomSeed = r.randomSeed();
    metadata = r.metadata();
    responseFormat = r.responseFormat();
    tools = r.tools();
    toolChoice = r.toolChoice();
    presencePenalty = r.presencePenalty();
    frequencyPenalty = r.frequencyPenalty();
    n = r.n();
    prediction = r.prediction();
    parallelToolCalls = r.parallelToolCalls();
    reasoningEffort = r.reasoningEffort();
    promptMode = r.promptMode();
    guardrails = r.guardrails();
    promptCacheKey = r.promptCacheKey();
    serviceTier = r.serviceTier();
    safePrompt = r.safePrompt();
  }

  public ChatRequestBuilder model(String v) {
    model = v;
    return this;
  }

  public ChatRequestBuilder messages(List<ChatMessage> v) {
    messages = v;
    return this;
  }

  public ChatRequestBuilder temperature(Double v) {
    temperature = v;
    return this;
  }

  public ChatRequestBuilder topP(Double v) {
    topP = v;
    return this;
  }

  public ChatRequestBuilder maxTokens(Integer v) {
    maxTokens = v;
    return this;
  }

  public ChatRequestBuilder stream(Boolean v) {
    stream = v;
    return this;
  }

  public ChatRequestBuilder stop(String... v) {
    stop = List.of(v);
    return this;
  }

  public ChatRequestBuilder randomSeed(Long v) {
    randomSeed = v;
    return this;
  }

  public ChatRequestBuilder metadata(Map<String, Object> v) {
    metadata = v;
    return this;
  }

  public ChatRequestBuilder responseFormat(ResponseFormat v) {
    responseFormat = v;
    return this;
  }

  public ChatRequestBuilder tools(List<Tool> v) {
    tools = v;
    return this;
  }

  public ChatRequestBuilder toolChoice(ToolChoice v) {
    toolChoice = v;
    return this;
  }

  public ChatRequestBuilder presencePenalty(Double v) {
    presencePenalty = v;
    return this;
  }

  public ChatRequestBuilder frequencyPenalty(Double v) {
    frequencyPenalty = v;
    return this;
  }

  public ChatRequestBuilder n(Integer v) {
    n = v;
    return this;
  }

  public ChatRequestBuilder prediction(Prediction v) {
    prediction = v;
    return this;
  }

  public ChatRequestBuilder parallelToolCalls(Boolean v) {
    parallelToolCalls = v;
    return this;
  }

  public ChatRequestBuilder reasoningEffort(ReasoningEffort v) {
    reasoningEffort = v;
    return this;
  }

  public ChatRequestBuilder promptMode(ChatRequest.PromptMode v) {
    promptMode = v;
    return this;
  }

  public ChatRequestBuilder guardrails(List<Guardrail> v) {
    guardrails = v;
    return this;
  }

  public ChatRequestBuilder promptCacheKey(String v) {
    promptCacheKey = v;
    return this;
  }

  public ChatRequestBuilder serviceTier(ServiceTier v) {
    serviceTier = v;
    return this;
  }

  public ChatRequestBuilder safePrompt(Boolean v) {
    safePrompt = v;
    return this;
  }

  /** Builds and validates the request. */
  public ChatRequest build() {
    return new ChatRequest(
        model,
        messages,
        temperature,
        topP,
        maxTokens,
        stream,
        stop,
        randomSeed,
        metadata,
        responseFormat,
        tools,
        toolChoice,
        presencePenalty,
        frequencyPenalty,
        n,
        prediction,
        parallelToolCalls,
        reasoningEffort,
        promptMode,
        guardrails,
        promptCacheKey,
        serviceTier,
        safePrompt);
  }
}
