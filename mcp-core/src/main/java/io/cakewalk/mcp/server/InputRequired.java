package io.cakewalk.mcp.server;

import java.util.Map;

/**
 * Unwinds a handler under 2026-07-28 when it needs client input it does not have yet; the server
 * turns it into an {@code input_required} result (MRTR).
 */
final class InputRequired extends RuntimeException {

  final transient Map<String, InputRequest> requests;
  final String requestState;

  InputRequired(Map<String, InputRequest> requests, String requestState) {
    super("input required", null, false, false);
    this.requests = Map.copyOf(requests);
    this.requestState = requestState;
  }
}
