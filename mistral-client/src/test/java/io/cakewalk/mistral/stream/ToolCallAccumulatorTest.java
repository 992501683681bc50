package io.cakewalk.mistral.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.mistral.chat.FunctionCall;
import io.cakewalk.mistral.chat.ToolCall;
import java.util.List;
import org.junit.jupiter.api.Test;

class ToolCallAccumulatorTest {

  private static ToolCall frag(String id, Integer index, String name, String args) {
    return new ToolCall(id, null, new FunctionCall(name, args), index);
  }

  @Test
  void severalWholeCallsInOneDelta() {
    ToolCallAccumulator acc = new ToolCallAccumulator();
    acc.accept(
        List.of(frag("aaaaaaaa1", null, "a", "{}"), frag("bbbbbbbb2", null, "b", "{\"x\":1}")));
    assertThat(acc.calls())
        .extracting(ToolCall::id, ToolCall::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("aaaaaaaa1", "a"),
            org.assertj.core.groups.Tuple.tuple("bbbbbbbb2", "b"));
  }

  @Test
  void interleavedParallelFragmentsByIndex() {
    ToolCallAccumulator acc = new ToolCallAccumulator();
    acc.accept(List.of(frag("call_0", 0, "search", "")));
    acc.accept(List.of(frag("call_1", 1, "fetch", "")));
    acc.accept(List.of(frag(null, 0, "", "{\"q\":")));
    acc.accept(List.of(frag(null, 1, "", "{\"url\":\"u\"}")));
    acc.accept(List.of(frag(null, 0, "", "\"x\"}")));
    List<ToolCall> calls = acc.calls();
    assertThat(calls.get(0).function()).isEqualTo(new FunctionCall("search", "{\"q\":\"x\"}"));
    assertThat(calls.get(1).function()).isEqualTo(new FunctionCall("fetch", "{\"url\":\"u\"}"));
  }

  @Test
  void repeatedIdContinuesTheSameCall() {
    ToolCallAccumulator acc = new ToolCallAccumulator();
    acc.accept(List.of(frag("abc", 0, "f", "{\"a\"")));
    acc.accept(List.of(frag("abc", 0, "", ":1}")));
    assertThat(acc.calls())
        .singleElement()
        .extracting(c -> c.function().arguments())
        .isEqualTo("{\"a\":1}");
  }

  @Test
  void fragmentsWithoutIdOrIndexAppendToLastCall() {
    ToolCallAccumulator acc = new ToolCallAccumulator();
    acc.accept(List.of(frag("id1", null, "f", "{\"a\"")));
    acc.accept(List.of(frag(null, null, "", ":2}")));
    assertThat(acc.calls())
        .singleElement()
        .extracting(c -> c.function().arguments())
        .isEqualTo("{\"a\":2}");
  }
}
