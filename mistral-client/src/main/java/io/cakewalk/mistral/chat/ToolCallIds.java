package io.cakewalk.mistral.chat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Normalises tool-call ids for one conversation: 9-alphanumeric ids are kept, any other id ({@code
 * call_…}, {@code chatcmpl-tool-…}, missing) is replaced by a fresh random one, consistently for
 * the assistant call and the matching tool message. Not thread-safe; one per conversation.
 */
public final class ToolCallIds {

  private final Map<String, ToolCallId> mapped = new HashMap<>();
  private final Set<String> used = new HashSet<>();

  /** The Mistral id to use for a received id (the same answer for the same input). */
  public ToolCallId normalise(String received) {
    if (received != null && mapped.containsKey(received)) {
      return mapped.get(received);
    }
    ToolCallId id;
    if (ToolCallId.isValid(received) && !used.contains(received)) {
      id = new ToolCallId(received);
    } else {
      do {
        id = ToolCallId.random();
      } while (used.contains(id.value()));
    }
    used.add(id.value());
    if (received != null) {
      mapped.put(received, id);
    }
    return id;
  }
}
