package io.cakewalk.mistral.internal;

import io.cakewalk.mistral.chat.ContentChunk;
import io.cakewalk.mistral.chat.MessageContent;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.deser.std.StdDeserializer;

/** Reads message content that is a string or an array of chunks. */
public final class MessageContentDeserializer extends StdDeserializer<MessageContent> {

  public MessageContentDeserializer() {
    super(MessageContent.class);
  }

  @Override
  public MessageContent deserialize(JsonParser p, DeserializationContext ctxt) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      return MessageContent.of(p.getString());
    }
    if (t == JsonToken.START_ARRAY) {
      JavaType type = ctxt.getTypeFactory().constructCollectionType(List.class, ContentChunk.class);
      List<ContentChunk> chunks = ctxt.readValue(p, type);
      return MessageContent.of(chunks);
    }
    return (MessageContent) ctxt.handleUnexpectedToken(MessageContent.class, p);
  }
}
