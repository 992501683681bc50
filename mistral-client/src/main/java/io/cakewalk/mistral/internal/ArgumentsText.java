package io.cakewalk.mistral.internal;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.deser.std.StdDeserializer;

/** Reads tool-call arguments that are JSON text or, as the spec also allows, an object. */
public final class ArgumentsText extends StdDeserializer<String> {

  public ArgumentsText() {
    super(String.class);
  }

  @Override
  public String deserialize(JsonParser p, DeserializationContext ctxt) {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return p.getString();
    }
    JsonNode node = ctxt.readTree(p);
    return node.toString();
  }
}
