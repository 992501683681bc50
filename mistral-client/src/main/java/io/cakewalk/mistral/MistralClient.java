package io.cakewalk.mistral;

import io.cakewalk.mistral.chat.ChatRequest;
import io.cakewalk.mistral.chat.ChatResponse;
import io.cakewalk.mistral.connectors.ConnectorsClient;
import io.cakewalk.mistral.internal.HttpTransport;
import io.cakewalk.mistral.internal.Json;
import io.cakewalk.mistral.models.ModelCapability;
import io.cakewalk.mistral.models.ModelCard;
import io.cakewalk.mistral.stream.ChatStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The Mistral API client: chat completions (plain and streamed), models and the beta Connectors
 * API. Thread-safe; calls block. Failures throw {@link MistralException}.
 *
 * <pre>{@code
 * MistralClient mistral = MistralClient.builder().build(); // MISTRAL_API_KEY, MISTRAL_BASE_URL
 * ChatResponse r = mistral.chat(
 *     ChatRequest.builder("mistral-small-latest", List.of(ChatMessage.user("Hi"))).build());
 * System.out.println(r.text() + " " + r.info().requestId());
 * }</pre>
 */
public final class MistralClient {

  /** The default API root. */
  public static final URI DEFAULT_BASE_URL = URI.create("https://api.mistral.ai");

  /** Environment variable overriding the API root. */
  public static final String BASE_URL_ENV = "MISTRAL_BASE_URL";

  private final HttpTransport http;
  private final URI baseUrl;

  private MistralClient(HttpTransport http, URI baseUrl) {
    this.http = http;
    this.baseUrl = baseUrl;
  }

  /** A builder; unset key and base URL come from the environment at {@link Builder#build()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The API root in use. */
  public URI baseUrl() {
    return baseUrl;
  }

  /** Sends a chat completion request and waits for the whole answer. */
  public ChatResponse chat(ChatRequest request) {
    ChatRequest plain = Boolean.TRUE.equals(request.stream()) ? request.withStream(false) : request;
    HttpTransport.Result r = http.send("POST", "/v1/chat/completions", Map.of(), Json.write(plain));
    return parse(r.body(), ChatResponse.class, "chat completion").withInfo(r.info());
  }

  /** Sends a chat completion request with {@code stream: true}; close the returned stream. */
  public ChatStream chatStream(ChatRequest request) {
    HttpTransport.Streamed s =
        http.stream("/v1/chat/completions", Json.write(request.withStream(true)));
    return new ChatStream(s.body(), s.info());
  }

  /** All models available to the key. */
  public List<ModelCard> listModels() {
    HttpTransport.Result r = http.send("GET", "/v1/models", Map.of(), null);
    JsonNode data = parse(r.body(), JsonNode.class, "model list").get("data");
    List<ModelCard> out = new ArrayList<>();
    if (data != null && data.isArray()) {
      for (JsonNode card : data) {
        out.add(Json.convert(card, ModelCard.class));
      }
    }
    return List.copyOf(out);
  }

  /** The models that have every given capability, e.g. {@code FUNCTION_CALLING}. */
  public List<ModelCard> listModels(ModelCapability... required) {
    return listModels().stream().filter(m -> m.supports(required)).toList();
  }

  /** One model by id or alias. */
  public ModelCard model(String id) {
    HttpTransport.Result r =
        http.send("GET", "/v1/models/" + HttpTransport.encode(id), Map.of(), null);
    return parse(r.body(), ModelCard.class, "model card");
  }

  /** The beta Connectors API. */
  public ConnectorsClient connectors() {
    return new ConnectorsClient(http);
  }

  private static <T> T parse(String body, Class<T> type, String what) {
    try {
      return Json.read(body, type);
    } catch (JacksonException | IllegalArgumentException e) {
      throw new MistralTransportException(
          "Mistral sent an unreadable " + what + ": " + e.getMessage(), e);
    }
  }

  /** Builds a {@link MistralClient}. */
  public static final class Builder {
    private ApiKey apiKey;
    private URI baseUrl;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(120);
    private Duration streamIdleTimeout = Duration.ofSeconds(120);
    private int maxRetries = 3;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxRetryDelay = Duration.ofSeconds(60);
    private Function<String, String> env = System::getenv;

    private Builder() {}

    /** The API key; defaults to {@code MISTRAL_API_KEY}. */
    public Builder apiKey(ApiKey key) {
      this.apiKey = key;
      return this;
    }

    /** The API root; defaults to {@code MISTRAL_BASE_URL}, else {@code https://api.mistral.ai}. */
    public Builder baseUrl(URI url) {
      this.baseUrl = url;
      return this;
    }

    /** Connect timeout (default 10 s). */
    public Builder connectTimeout(Duration d) {
      this.connectTimeout = positive(d, "connectTimeout");
      return this;
    }

    /** Time allowed until response headers arrive (default 120 s). */
    public Builder requestTimeout(Duration d) {
      this.requestTimeout = positive(d, "requestTimeout");
      return this;
    }

    /** Longest silence tolerated inside a stream (default 120 s). */
    public Builder streamIdleTimeout(Duration d) {
      this.streamIdleTimeout = positive(d, "streamIdleTimeout");
      return this;
    }

    /** Retries of 429/500/502/503/504 after the first attempt (default 3; 0 disables). */
    public Builder maxRetries(int n) {
      if (n < 0) {
        throw new IllegalArgumentException("maxRetries must be at least 0");
      }
      this.maxRetries = n;
      return this;
    }

    /** First backoff delay, doubled per retry with jitter (default 0.5 s). */
    public Builder initialBackoff(Duration d) {
      this.initialBackoff = positive(d, "initialBackoff");
      return this;
    }

    /** Cap on any retry delay, including {@code Retry-After} (default 60 s). */
    public Builder maxRetryDelay(Duration d) {
      this.maxRetryDelay = positive(d, "maxRetryDelay");
      return this;
    }

    /**
     * Where {@code MISTRAL_API_KEY} and {@code MISTRAL_BASE_URL} are read when not set explicitly
     * (default {@code System::getenv}); lets embedding programs and tests supply their own.
     */
    public Builder environment(Function<String, String> lookup) {
      this.env = Objects.requireNonNull(lookup, "lookup");
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws IllegalStateException when no key is given and {@code MISTRAL_API_KEY} is unset
     */
    public MistralClient build() {
      ApiKey key = apiKey;
      if (key == null) {
        String v = env.apply(ApiKey.ENV);
        if (v == null || v.isBlank()) {
          throw new IllegalStateException(
              "No Mistral API key: set " + ApiKey.ENV + " or pass one to apiKey(...)");
        }
        key = new ApiKey(v);
      }
      URI url = baseUrl;
      if (url == null) {
        String v = env.apply(BASE_URL_ENV);
        url = v == null || v.isBlank() ? DEFAULT_BASE_URL : URI.create(v.strip());
      }
      if (url.getScheme() == null || !url.getScheme().startsWith("http")) {
        throw new IllegalStateException(
            "Mistral base URL must be an http(s) URL, e.g. https://api.mistral.ai; got " + url);
      }
      HttpTransport.Retry retry =
          new HttpTransport.Retry(maxRetries, initialBackoff, maxRetryDelay);
      HttpTransport http =
          new HttpTransport(
              new HttpTransport.Config(
                  url, key, connectTimeout, requestTimeout, streamIdleTimeout, retry));
      return new MistralClient(http, url);
    }

    private static Duration positive(Duration d, String what) {
      if (d == null || d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(what + " must be positive");
      }
      return d;
    }
  }
}
