package io.cakewalk.mcp.server;

import io.cakewalk.mcp.schema.ProtocolVersion;
import java.util.Map;

/**
 * What a handler may do while it serves one request: report progress, log, notice cancellation, and
 * ask the client for input. Input works in both eras: in a legacy session the server sends the
 * client a request and waits for its answer; under 2026-07-28 the call ends with an {@code
 * input_required} result and the client retries with the answers (MRTR), which the same code then
 * receives.
 *
 * <pre>{@code
 * Map<String, Object> answer = context.input("name", InputRequest.elicit(Map.of(
 *     "message", "Your name?",
 *     "requestedSchema", Map.of("type", "object", "properties", Map.of("name", Map.of("type", "string"))))));
 * }</pre>
 *
 * <p>Input methods end the handler early under 2026-07-28 by throwing an internal signal: do not
 * catch {@link RuntimeException} around them.
 */
public interface RequestContext {

  /** The protocol revision of this request. */
  ProtocolVersion protocolVersion();

  /** The client's declared capabilities as sent on the wire (empty when none). */
  Map<String, Object> clientCapabilities();

  /** The request's {@code _meta} (empty when absent). */
  Map<String, Object> meta();

  /** Whether the client cancelled the request or went away; long handlers should check it. */
  boolean isCancelled();

  /**
   * Sends {@code notifications/progress} when the client asked for progress; otherwise does
   * nothing. {@code progress} must increase between calls.
   */
  void progress(double progress, Double total, String message);

  /**
   * Sends {@code notifications/message} when {@code level} is at or above the client's chosen level
   * ({@code logging/setLevel}, or {@code _meta} {@code logLevel} under 2026-07-28).
   */
  void log(LogLevel level, String logger, Object data);

  /**
   * Gets one input from the client, identified by {@code key} (unique within this request).
   *
   * @throws RequestException {@code -32021} (2026) or {@code -32602} when the client did not
   *     declare the capability the request needs
   */
  Map<String, Object> input(String key, InputRequest request);

  /**
   * Gets several inputs at once (one MRTR round under 2026-07-28), attaching {@code requestState}
   * (or {@code null}) for the retry; the state is signed so that clients cannot forge it.
   */
  Map<String, Map<String, Object>> inputs(Map<String, InputRequest> requests, String requestState);

  /**
   * Ends the current HTTP response early while the request keeps running; the client reconnects
   * after the retry delay with {@code Last-Event-ID} and receives the rest (SSE polling, 2025-11-25
   * and later). Does nothing in other eras.
   */
  void pollLater();

  /** The verified {@code requestState} of a 2026-07-28 retry, or {@code null}. */
  String requestState();

  /**
   * The raw {@code inputResponses} of a 2026-07-28 retry (empty when none), for handlers that run
   * several rounds.
   */
  Map<String, Object> inputResponses();
}
