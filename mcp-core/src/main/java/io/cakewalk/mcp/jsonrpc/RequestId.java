package io.cakewalk.mcp.jsonrpc;

/** A JSON-RPC request id: a string or an integer, never {@code null}. */
public sealed interface RequestId permits RequestId.NumberId, RequestId.StringId {

  /** The id as it appears in JSON: a {@link Long} or a {@link String}. */
  Object value();

  static RequestId of(long value) {
    return new NumberId(value);
  }

  static RequestId of(String value) {
    return new StringId(value);
  }

  /** An integer id. */
  record NumberId(long number) implements RequestId {
    @Override
    public Object value() {
      return number;
    }

    @Override
    public String toString() {
      return Long.toString(number);
    }
  }

  /** A string id. */
  record StringId(String string) implements RequestId {
    public StringId {
      if (string == null) {
        throw new IllegalArgumentException("request id must not be null");
      }
    }

    @Override
    public Object value() {
      return string;
    }

    @Override
    public String toString() {
      return '"' + string + '"';
    }
  }
}
