package io.cakewalk.mistral.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * A chat message, discriminated by {@code role}. Only the fields Mistral accepts exist: no {@code
 * name} except on tool messages, no {@code tool_calls} except on assistant messages.
 *
 * <pre>{@code
 * List<ChatMessage> messages = List.of(ChatMessage.system("Be brief."), ChatMessage.user("Hi"));
 * }</pre>
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "role")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ChatMessage.System.class, name = "system"),
  @JsonSubTypes.Type(value = ChatMessage.User.class, name = "user"),
  @JsonSubTypes.Type(value = ChatMessage.Assistant.class, name = "assistant"),
  @JsonSubTypes.Type(value = ChatMessage.Tool.class, name = "tool")
})
public sealed interface ChatMessage {

  /** The message content, or {@code null} (assistant tool-call turns may have none). */
  MessageContent content();

  /** A system message. */
  static System system(String text) {
    return new System(MessageContent.of(text));
  }

  /** A user message. */
  static User user(String text) {
    return new User(MessageContent.of(text));
  }

  /** A plain assistant text message. */
  static Assistant assistant(String text) {
    return new Assistant(MessageContent.of(text), null, null);
  }

  /** An assistant message carrying tool calls and no text. */
  static Assistant assistantToolCalls(List<ToolCall> calls) {
    return new Assistant(null, calls, null);
  }

  /** A tool result answering the call {@code id} of function {@code name}. */
  static Tool toolResult(ToolCallId id, String name, String text) {
    return new Tool(MessageContent.of(text), id.value(), name);
  }

  /**
   * A system message.
   *
   * @param content text, or text and thinking chunks
   */
  record System(MessageContent content) implements ChatMessage {
    public System {
      requireContent(content, "system");
    }
  }

  /**
   * A user message.
   *
   * @param content text or chunks
   */
  record User(MessageContent content) implements ChatMessage {
    public User {
      requireContent(content, "user");
    }
  }

  /**
   * An assistant message: model output to replay, or a prefix to condition the answer.
   *
   * @param content optional text or chunks
   * @param toolCalls optional tool calls
   * @param prefix optional; {@code true} only on a last message used as answer prefix
   */
  record Assistant(
      MessageContent content, @JsonProperty("tool_calls") List<ToolCall> toolCalls, Boolean prefix)
      implements ChatMessage {
    public Assistant {
      toolCalls = toolCalls == null ? null : List.copyOf(toolCalls);
    }

    /** The tool calls, empty when there are none. */
    public List<ToolCall> calls() {
      return toolCalls == null ? List.of() : toolCalls;
    }

    /** The visible text, empty when there is none. */
    public String text() {
      return content == null ? "" : content.text();
    }
  }

  /**
   * A tool result.
   *
   * @param content the result text (or chunks)
   * @param toolCallId the id of the call it answers (9 alphanumerics for Mistral)
   * @param name the function name, {@code ^[a-zA-Z0-9_-]{1,64}$}
   */
  record Tool(MessageContent content, @JsonProperty("tool_call_id") String toolCallId, String name)
      implements ChatMessage {
    public Tool {
      requireContent(content, "tool");
      if (name != null) {
        FunctionDefinition.checkName(name);
      }
    }
  }

  private static void requireContent(MessageContent content, String role) {
    if (content == null) {
      throw new IllegalArgumentException(role + " message needs content");
    }
  }
}
