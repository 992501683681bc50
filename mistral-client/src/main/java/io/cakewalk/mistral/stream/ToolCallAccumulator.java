package io.cakewalk.mistral.stream;

import io.cakewalk.mistral.chat.FunctionCall;
import io.cakewalk.mistral.chat.ToolCall;
import java.util.ArrayList;
import java.util.List;

/**
 * Assembles streamed tool calls in both styles Mistral produces: whole calls per delta (native, no
 * {@code index}) and OpenAI-style fragments (an {@code id} and name first, then argument pieces
 * under the same {@code index}). A fragment with a new id starts a call; one without an id
 * continues the call with the same index, or the last call.
 */
public final class ToolCallAccumulator {

  private static final class Partial {
    final String id;
    final Integer index;
    String name = "";
    final StringBuilder arguments = new StringBuilder();

    Partial(String id, Integer index) {
      this.id = id;
      this.index = index;
    }
  }

  private final List<Partial> calls = new ArrayList<>();

  /** Adds the {@code tool_calls} of one delta; {@code null} is ignored. */
  public void accept(List<ToolCall> fragments) {
    if (fragments == null) {
      return;
    }
    for (ToolCall f : fragments) {
      Partial target = target(f);
      FunctionCall fn = f.function();
      if (!fn.name().isEmpty()) {
        target.name = fn.name();
      }
      target.arguments.append(fn.arguments());
    }
  }

  private Partial target(ToolCall f) {
    boolean hasId = f.id() != null && !f.id().isEmpty() && !"null".equals(f.id());
    Partial sameIndex = null;
    for (Partial p : calls) {
      if (f.index() != null && f.index().equals(p.index)) {
        sameIndex = p;
      }
    }
    if (hasId) {
      // Some servers repeat the id on every fragment: continue the call rather than fork it.
      if (sameIndex != null && f.id().equals(sameIndex.id)) {
        return sameIndex;
      }
      Partial p = new Partial(f.id(), f.index());
      calls.add(p);
      return p;
    }
    if (sameIndex != null) {
      return sameIndex;
    }
    if (calls.isEmpty()) {
      Partial p = new Partial(null, f.index());
      calls.add(p);
      return p;
    }
    return calls.get(calls.size() - 1);
  }

  /** Whether any call was seen. */
  public boolean isEmpty() {
    return calls.isEmpty();
  }

  /** The calls assembled so far, in the order they started. */
  public List<ToolCall> calls() {
    List<ToolCall> out = new ArrayList<>();
    for (Partial p : calls) {
      out.add(
          new ToolCall(
              p.id, "function", new FunctionCall(p.name, p.arguments.toString()), p.index));
    }
    return List.copyOf(out);
  }
}
