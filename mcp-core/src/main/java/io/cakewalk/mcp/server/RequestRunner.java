package io.cakewalk.mcp.server;

import io.cakewalk.mcp.jsonrpc.JsonRpcError;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage.Request;
import io.cakewalk.mcp.jsonrpc.RequestId;
import io.cakewalk.mcp.schema.ProtocolVersion;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;

/**
 * Runs requests: cheap ones on the calling thread, handler-backed ones on the server's bounded
 * pool, whose thread then writes the response itself (no thread waits for another).
 */
final class RequestRunner {

  static final String SERVER_INFO = "io.modelcontextprotocol/serverInfo";

  private final Dispatcher dispatcher;
  private final Map<String, Object> serverMeta;

  RequestRunner(Dispatcher dispatcher) {
    this.dispatcher = dispatcher;
    this.serverMeta = Map.of(SERVER_INFO, dispatcher.server().info());
  }

  Dispatcher dispatcher() {
    return dispatcher;
  }

  void runLegacy(HttpCall call, Session session, Request request) {
    Map<String, Object> params = request.params() == null ? Map.of() : request.params();
    boolean priming = session.version().compareTo(ProtocolVersion.V2025_11_25) <= 0;
    ResponseChannel channel = new ResponseChannel(call, session, priming, () -> {});
    LogLevel level = session.logLevel() == null ? LogLevel.DEBUG : session.logLevel();
    Context context =
        new Context(
            session.version(),
            session.clientCapabilities(),
            meta(params),
            level,
            channel,
            null,
            null);
    session.inFlight().put(request.id(), context);
    boolean accepted =
        submit(
            request,
            channel,
            () -> {
              try {
                finish(request, params, context, session, channel);
              } finally {
                session.inFlight().remove(request.id());
              }
            });
    if (!accepted) {
      session.inFlight().remove(request.id());
    }
  }

  void runModern(
      HttpCall call,
      Request request,
      Map<String, Object> params,
      Map<String, Object> capabilities,
      LogLevel level,
      String requestState) {
    Context[] holder = new Context[1];
    ResponseChannel channel =
        new ResponseChannel(
            call,
            null,
            false,
            () -> {
              if (holder[0] != null) {
                holder[0].cancel();
              }
            });
    Map<String, Object> responses =
        params.get("inputResponses") instanceof Map<?, ?> r ? Dispatcher.cast(r) : null;
    Context context =
        new Context(
            ProtocolVersion.V2026_07_28,
            capabilities,
            meta(params),
            level,
            channel,
            responses,
            requestState);
    holder[0] = context;
    submit(request, channel, () -> finish(request, params, context, null, channel));
  }

  /** Runs a request of a 2025-03-26 batch on this thread; related messages are dropped. */
  byte[] runInline(Session session, Request request) {
    Map<String, Object> params = request.params() == null ? Map.of() : request.params();
    Outbound drop =
        new Outbound() {
          @Override
          public void notify(String method, Map<String, Object> p) {}

          @Override
          public CompletableFuture<Map<String, Object>> request(
              String method, Map<String, Object> p) {
            return CompletableFuture.failedFuture(
                RequestException.invalidParams("client requests are not available in a batch"));
          }
        };
    Context context =
        new Context(
            session.version(), session.clientCapabilities(), meta(params), null, drop, null, null);
    return outcome(request, params, context, session).frame;
  }

  /**
   * Lets the current thread (one of the standalone runner's connection threads) run handlers
   * itself, saving a hand-off per call, while it holds one of {@code permits}: the permits keep the
   * number of handlers running at once bounded however many connections there are. Requests that
   * run no handler (such as answers to the server's own requests) never wait for one.
   */
  static void allowInlineHandlers(Semaphore permits) {
    INLINE.set(permits);
  }

  private static final ThreadLocal<Semaphore> INLINE = new ThreadLocal<>();

  /** Runs or queues {@code work}; {@code false} when it was refused with 503 instead. */
  private boolean submit(Request request, ResponseChannel channel, Runnable work) {
    if (!Dispatcher.runsHandler(request.method())) {
      work.run();
      return true;
    }
    Semaphore permits = INLINE.get();
    if (permits != null) {
      try {
        permits.acquire();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        busy(request, channel);
        return false;
      }
      try {
        work.run();
      } finally {
        permits.release();
      }
      return true;
    }
    try {
      dispatcher.server().executor().execute(work);
      return true;
    } catch (RejectedExecutionException e) {
      busy(request, channel);
      return false;
    }
  }

  private static void busy(Request request, ResponseChannel channel) {
    channel.complete(
        Frames.error(
            request.id(),
            new JsonRpcError(JsonRpcError.INTERNAL_ERROR, "Server busy; retry later")),
        503);
  }

  private void finish(
      Request request,
      Map<String, Object> params,
      Context context,
      Session session,
      ResponseChannel channel) {
    Outcome outcome = outcome(request, params, context, session);
    if (context.isCancelled() && session != null) {
      channel.complete(
          Frames.error(request.id(), new JsonRpcError(-32800, "Request cancelled")), 200);
      return;
    }
    channel.complete(outcome.frame, outcome.status);
  }

  private record Outcome(byte[] frame, int status) {}

  private Outcome outcome(
      Request request, Map<String, Object> params, Context context, Session session) {
    RequestId id = request.id();
    boolean modern = context.protocolVersion().isModern();
    context.runningOn(Thread.currentThread());
    try {
      Object result = dispatcher.dispatch(request.method(), params, context, session);
      if (modern) {
        result = Frames.decorate(result, modernExtras(request.method()));
      }
      return new Outcome(Frames.result(id, result), 200);
    } catch (RequestException e) {
      return new Outcome(Frames.error(id, e.error()), modern ? statusFor(e.error().code()) : 200);
    } catch (InputRequired e) {
      return new Outcome(Frames.result(id, inputRequired(e)), 200);
    } catch (InterruptedException e) {
      return new Outcome(
          Frames.error(id, new JsonRpcError(JsonRpcError.INTERNAL_ERROR, "Request cancelled")),
          200);
    } catch (Exception | StackOverflowError e) {
      return new Outcome(Frames.error(id, JsonRpcError.internalError()), modern ? 500 : 200);
    } finally {
      context.runningOn(null);
      Thread.interrupted();
    }
  }

  static int statusFor(int code) {
    return switch (code) {
      case JsonRpcError.METHOD_NOT_FOUND -> 404;
      case JsonRpcError.INVALID_REQUEST,
          JsonRpcError.HEADER_MISMATCH,
          JsonRpcError.MISSING_REQUIRED_CLIENT_CAPABILITY,
          JsonRpcError.UNSUPPORTED_PROTOCOL_VERSION ->
          400;
      default -> 200;
    };
  }

  Map<String, Object> modernExtras(String method) {
    Map<String, Object> extras = new LinkedHashMap<>();
    extras.put("resultType", "complete");
    if (cacheable(method)) {
      extras.put("ttlMs", dispatcher.server().ttlMs());
      extras.put("cacheScope", dispatcher.server().cacheScope());
    }
    extras.put("_meta", serverMeta);
    return extras;
  }

  private Map<String, Object> inputRequired(InputRequired signal) {
    Map<String, Object> requests = new LinkedHashMap<>();
    signal.requests.forEach(
        (key, request) -> {
          Map<String, Object> entry = new LinkedHashMap<>();
          entry.put("method", request.method());
          entry.put("params", request.params());
          requests.put(key, entry);
        });
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("resultType", "input_required");
    result.put("inputRequests", requests);
    if (signal.requestState != null) {
      result.put("requestState", dispatcher.server().signer().sign(signal.requestState));
    }
    result.put("_meta", serverMeta);
    return result;
  }

  static boolean cacheable(String method) {
    return switch (method) {
      case "server/discover",
          "tools/list",
          "prompts/list",
          "resources/list",
          "resources/templates/list",
          "resources/read" ->
          true;
      default -> false;
    };
  }

  private static Map<String, Object> meta(Map<String, Object> params) {
    return params.get("_meta") instanceof Map<?, ?> m ? Dispatcher.cast(m) : null;
  }
}
