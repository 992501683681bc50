package io.cakewalk.mcp.server;

import io.cakewalk.mcp.jsonrpc.JsonRpcError;
import io.cakewalk.mcp.schema.ProtocolVersion;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The {@link RequestContext} of one request, for either era. */
final class Context implements RequestContext {

  private static final Duration INPUT_TIMEOUT = Duration.ofMinutes(5);

  private final ProtocolVersion version;
  private final Map<String, Object> clientCapabilities;
  private final Map<String, Object> meta;
  private final LogLevel minLevel;
  private final Outbound out;
  private final Map<String, Object> inputResponses;
  private final String requestState;
  private volatile boolean cancelled;
  private volatile Thread worker;

  Context(
      ProtocolVersion version,
      Map<String, Object> clientCapabilities,
      Map<String, Object> meta,
      LogLevel minLevel,
      Outbound out,
      Map<String, Object> inputResponses,
      String requestState) {
    this.version = version;
    this.clientCapabilities = clientCapabilities == null ? Map.of() : clientCapabilities;
    this.meta = meta == null ? Map.of() : meta;
    this.minLevel = minLevel;
    this.out = out;
    this.inputResponses = inputResponses == null ? Map.of() : inputResponses;
    this.requestState = requestState;
  }

  @Override
  public ProtocolVersion protocolVersion() {
    return version;
  }

  @Override
  public Map<String, Object> clientCapabilities() {
    return clientCapabilities;
  }

  @Override
  public Map<String, Object> meta() {
    return meta;
  }

  @Override
  public boolean isCancelled() {
    return cancelled;
  }

  /** Marks the request cancelled and interrupts its handler. */
  void cancel() {
    cancelled = true;
    Thread t = worker;
    if (t != null) {
      t.interrupt();
    }
  }

  void runningOn(Thread thread) {
    worker = thread;
  }

  @Override
  public void progress(double progress, Double total, String message) {
    Object token = meta.get("progressToken");
    if (token == null || cancelled) {
      return;
    }
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("progressToken", token);
    params.put("progress", progress);
    if (total != null) {
      params.put("total", total);
    }
    if (message != null) {
      params.put("message", message);
    }
    out.notify("notifications/progress", params);
  }

  @Override
  public void log(LogLevel level, String logger, Object data) {
    if (minLevel == null || level.compareTo(minLevel) < 0 || cancelled) {
      return;
    }
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("level", level.wire());
    if (logger != null) {
      params.put("logger", logger);
    }
    params.put("data", data);
    out.notify("notifications/message", params);
  }

  @Override
  public Map<String, Object> input(String key, InputRequest request) {
    return inputs(Map.of(key, request), null).get(key);
  }

  @Override
  @SuppressWarnings("unchecked")
  public Map<String, Map<String, Object>> inputs(Map<String, InputRequest> requests, String state) {
    for (InputRequest request : requests.values()) {
      requireCapability(request.capability());
    }
    Map<String, Map<String, Object>> answers = new LinkedHashMap<>();
    if (version.isModern()) {
      Map<String, InputRequest> missing = new LinkedHashMap<>();
      requests.forEach(
          (key, request) -> {
            if (inputResponses.get(key) instanceof Map<?, ?> answer) {
              answers.put(key, (Map<String, Object>) answer);
            } else {
              missing.put(key, request);
            }
          });
      if (!missing.isEmpty()) {
        throw new InputRequired(missing, state);
      }
      return answers;
    }
    for (Map.Entry<String, InputRequest> e : requests.entrySet()) {
      answers.put(e.getKey(), ask(e.getValue()));
    }
    return answers;
  }

  private Map<String, Object> ask(InputRequest request) {
    try {
      return out.request(request.method(), request.params())
          .get(INPUT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RequestException(
          new JsonRpcError(JsonRpcError.INTERNAL_ERROR, "Request cancelled"));
    } catch (TimeoutException e) {
      throw new RequestException(
          new JsonRpcError(
              JsonRpcError.INTERNAL_ERROR, "The client did not answer " + request.method()));
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RequestException re) {
        throw re;
      }
      throw new RequestException(
          new JsonRpcError(JsonRpcError.INTERNAL_ERROR, "The client failed " + request.method()));
    }
  }

  private void requireCapability(String capability) {
    if (clientCapabilities.get(capability) instanceof Map<?, ?>) {
      return;
    }
    if (version.isModern()) {
      throw new RequestException(
          new JsonRpcError(
              JsonRpcError.MISSING_REQUIRED_CLIENT_CAPABILITY,
              "Missing required client capability: " + capability,
              Map.of("requiredCapabilities", Map.of(capability, Map.of()))));
    }
    throw RequestException.invalidParams(
        "the client did not declare the " + capability + " capability");
  }

  @Override
  public void pollLater() {
    out.pollLater();
  }

  @Override
  public String requestState() {
    return requestState;
  }

  @Override
  public Map<String, Object> inputResponses() {
    return inputResponses;
  }
}
