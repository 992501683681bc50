package io.cakewalk.mistral.stream;

import io.cakewalk.mistral.MistralTransportException;
import io.cakewalk.mistral.ResponseInfo;
import io.cakewalk.mistral.chat.ChatMessage;
import io.cakewalk.mistral.chat.ChatResponse;
import io.cakewalk.mistral.chat.ContentChunk;
import io.cakewalk.mistral.chat.FinishReason;
import io.cakewalk.mistral.chat.MessageContent;
import io.cakewalk.mistral.chat.Usage;
import io.cakewalk.mistral.internal.ErrorBodies;
import io.cakewalk.mistral.internal.IdleTimeoutInputStream;
import io.cakewalk.mistral.internal.Json;
import io.cakewalk.mistral.internal.Sse;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A streamed chat completion: an iterator of {@link CompletionChunk}s that also assembles the final
 * answer (text, reasoning, tool calls in either streaming style, usage). Close it, or drain it with
 * {@link #collect(Consumer)}, to release the connection.
 *
 * <pre>{@code
 * try (ChatStream s = client.chatStream(request)) {
 *   ChatResponse done = s.collect(System.out::print);
 * }
 * }</pre>
 */
public final class ChatStream implements Iterator<CompletionChunk>, AutoCloseable {

  private final InputStream body;
  private final Sse sse;
  private final ResponseInfo info;
  private final StringBuilder text = new StringBuilder();
  private final StringBuilder thinking = new StringBuilder();
  private final ToolCallAccumulator toolCalls = new ToolCallAccumulator();
  private CompletionChunk lookahead;
  private boolean done;
  private String id;
  private String model;
  private Long created;
  private Usage usage;
  private FinishReason finishReason;

  /** Reads a Mistral SSE body; {@code info} describes the HTTP response it came from. */
  public ChatStream(InputStream body, ResponseInfo info) {
    this.body = body;
    this.sse = new Sse(body);
    this.info = info;
  }

  /** Status, request id and rate limits of the streaming response. */
  public ResponseInfo info() {
    return info;
  }

  @Override
  public boolean hasNext() {
    if (lookahead == null && !done) {
      lookahead = read();
    }
    return lookahead != null;
  }

  @Override
  public CompletionChunk next() {
    if (!hasNext()) {
      throw new NoSuchElementException("stream ended");
    }
    CompletionChunk c = lookahead;
    lookahead = null;
    return c;
  }

  /** Drains the stream, passing each visible text piece to {@code onText}, and closes it. */
  public ChatResponse collect(Consumer<String> onText) {
    try (this) {
      while (hasNext()) {
        for (CompletionChunk.Choice ch : next().choices()) {
          if (ch.index() == 0 && ch.delta() != null && ch.delta().content() != null) {
            String piece = visibleText(ch.delta().content());
            if (!piece.isEmpty()) {
              onText.accept(piece);
            }
          }
        }
      }
      return result();
    }
  }

  /** The answer assembled from the chunks read so far (complete once the stream ended). */
  public ChatResponse result() {
    MessageContent content = null;
    if (thinking.length() > 0) {
      content =
          MessageContent.of(
              List.of(
                  new ContentChunk.Thinking(
                      List.of(new ContentChunk.Text(thinking.toString())), null, null),
                  new ContentChunk.Text(text.toString())));
    } else if (text.length() > 0 || toolCalls.isEmpty()) {
      content = MessageContent.of(text.toString());
    }
    ChatMessage.Assistant message =
        new ChatMessage.Assistant(content, toolCalls.isEmpty() ? null : toolCalls.calls(), null);
    FinishReason reason =
        finishReason != null ? finishReason : toolCalls.isEmpty() ? null : FinishReason.TOOL_CALLS;
    List<ChatResponse.Choice> choices = new ArrayList<>();
    choices.add(new ChatResponse.Choice(0, message, reason));
    return new ChatResponse(id, "chat.completion", model, created, usage, choices, info);
  }

  private CompletionChunk read() {
    String data;
    try {
      data = sse.next();
    } catch (IOException e) {
      done = true;
      if (body instanceof IdleTimeoutInputStream idle && idle.timedOut()) {
        throw new MistralTransportException(
            "Mistral stream went silent and was closed; retry the request", e);
      }
      throw new MistralTransportException("Mistral stream broke off: " + e.getMessage(), e);
    }
    if (data == null || "[DONE]".equals(data.strip())) {
      done = true;
      close();
      return null;
    }
    CompletionChunk chunk;
    try {
      JsonNode node = Json.tree(data);
      if (node.has("object") && "error".equals(node.get("object").asString())
          || !node.has("choices") && (node.has("message") || node.has("detail"))) {
        done = true;
        close();
        throw ErrorBodies.toException(info.statusCode(), data, info.requestId());
      }
      chunk = Json.convert(node, CompletionChunk.class);
    } catch (JacksonException e) {
      done = true;
      close();
      throw new MistralTransportException(
          "Mistral sent an unreadable stream event: " + e.getOriginalMessage(), e);
    }
    absorb(chunk);
    return chunk;
  }

  private void absorb(CompletionChunk chunk) {
    id = id == null ? chunk.id() : id;
    model = model == null ? chunk.model() : model;
    created = created == null ? chunk.created() : created;
    if (chunk.usage() != null) {
      usage = chunk.usage();
    }
    for (CompletionChunk.Choice ch : chunk.choices()) {
      if (ch.index() != 0) {
        continue; // the assembled answer follows the first choice, as ChatResponse accessors do
      }
      if (ch.delta() != null) {
        if (ch.delta().content() != null) {
          text.append(visibleText(ch.delta().content()));
          if (ch.delta().content() instanceof MessageContent.Chunks c) {
            thinking.append(c.thinking());
          }
        }
        toolCalls.accept(ch.delta().toolCalls());
      }
      if (ch.finishReason() != null) {
        finishReason = ch.finishReason();
      }
    }
  }

  private static String visibleText(MessageContent content) {
    return content.text();
  }

  @Override
  public void close() {
    done = true;
    try {
      sse.close();
    } catch (IOException ignored) {
      // the connection is being discarded anyway
    }
  }
}
