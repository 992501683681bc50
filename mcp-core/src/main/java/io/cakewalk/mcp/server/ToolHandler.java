package io.cakewalk.mcp.server;

import io.cakewalk.mcp.schema.CallToolResult;
import java.util.Map;

/**
 * Runs one tool call. A failed tool returns {@link CallToolResult#error(String)}; an exception
 * becomes an {@code isError} result with a generic message (never a stack trace), and a {@link
 * RequestException} becomes the JSON-RPC error it carries.
 */
@FunctionalInterface
public interface ToolHandler {

  /**
   * Handles a call.
   *
   * @param arguments the call's arguments, already checked against the tool's input schema
   * @param context progress, logging, cancellation and client requests for this call
   */
  CallToolResult call(Map<String, Object> arguments, RequestContext context) throws Exception;

  /**
   * A handler that receives its arguments as a record or bean of type {@code type}.
   *
   * <pre>{@code
   * record Add(int a, int b) {}
   * ToolHandler add = ToolHandler.typed(Add.class, (args, ctx) ->
   *     CallToolResult.text(Integer.toString(args.a() + args.b())));
   * }</pre>
   */
  static <A> ToolHandler typed(Class<A> type, Typed<A> handler) {
    RecordArguments<A> converter = RecordArguments.of(type);
    return (arguments, context) -> {
      A converted;
      try {
        converted = converter.convert(arguments);
      } catch (RuntimeException e) {
        return CallToolResult.error("Invalid arguments: they do not match the tool's input schema");
      }
      return handler.call(converted, context);
    };
  }

  /** A handler whose arguments arrive converted to {@code A}. */
  @FunctionalInterface
  interface Typed<A> {
    CallToolResult call(A arguments, RequestContext context) throws Exception;
  }
}
