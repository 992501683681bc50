package io.cakewalk.mcp.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cakewalk.mcp.McpTransportException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The event-stream parser against the WHATWG framing rules. */
class SseReaderTest {

  private static SseReader reader(String text) {
    return new SseReader(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 1024, "test");
  }

  @Test
  void handlesEveryLineEndingCommentsAndMultiLineData() throws IOException {
    SseReader r =
        reader("\uFEFF: hello\r\nid: a\revent: note\rdata: one\r\ndata:two\n\ndata: x\n\n");
    SseReader.Event first = r.next();
    assertThat(first).isEqualTo(new SseReader.Event("a", "note", "one\ntwo"));
    assertThat(r.next()).isEqualTo(new SseReader.Event("a", "message", "x"));
    assertThat(r.next()).isNull();
  }

  @Test
  void skipsEmptyDataButKeepsItsIdAndRetry() throws IOException {
    SseReader r = reader("id: prime\nretry: 2500\ndata:\n\nretry: soon\n\n");
    assertThat(r.next()).isNull();
    assertThat(r.lastEventId()).isEqualTo("prime");
    assertThat(r.retryMillis()).isEqualTo(2500L);
  }

  @Test
  void discardsAnUnterminatedEventAtTheEnd() throws IOException {
    assertThat(reader("data: {\"partial\":").next()).isNull();
  }

  @Test
  void rejectsAnEventOverTheLimit() {
    SseReader r = reader("data: " + "x".repeat(2000) + "\n\n");
    assertThatThrownBy(r::next)
        .isInstanceOf(McpTransportException.class)
        .hasMessageContaining("exceeds the 1 KiB limit");
  }
}
