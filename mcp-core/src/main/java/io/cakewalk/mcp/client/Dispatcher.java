package io.cakewalk.mcp.client;

import io.cakewalk.mcp.McpTransportException;
import io.cakewalk.mcp.internal.MessageCodec;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage.ErrorResponse;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage.Notification;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage.Request;
import io.cakewalk.mcp.jsonrpc.JsonRpcMessage.Response;
import io.cakewalk.mcp.jsonrpc.RequestId;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Matches responses to waiting requests for transports where every server message arrives on one
 * stream (stdio, HTTP+SSE), and hands server requests and notifications to the {@link
 * Channel.Inbound}. Server requests are answered on their own thread so a slow answer (a user
 * filling in a form) does not block the stream.
 */
final class Dispatcher {

  private final Map<RequestId, CompletableFuture<JsonRpcMessage>> pending =
      new ConcurrentHashMap<>();
  private final Channel.Inbound inbound;
  private final Consumer<JsonRpcMessage> sender;
  private final String peer;
  private volatile McpTransportException closed;

  /**
   * @param sender writes a message to the server (used for answers to server requests)
   * @param peer names the server in error messages
   */
  Dispatcher(Channel.Inbound inbound, Consumer<JsonRpcMessage> sender, String peer) {
    this.inbound = inbound;
    this.sender = sender;
    this.peer = peer;
  }

  /** Sends {@code request} with {@code send} and waits for its response. */
  JsonRpcMessage call(Request request, Runnable send, Duration timeout) {
    CompletableFuture<JsonRpcMessage> future = new CompletableFuture<>();
    pending.put(request.id(), future);
    try {
      McpTransportException failure = closed;
      if (failure != null) {
        throw failure;
      }
      send.run();
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      if (!request.method().equals("initialize")) {
        cancel(request.id());
      }
      throw new McpTransportException(
          "no answer from "
              + peer
              + " within "
              + Limits.describe(timeout)
              + "; the server may be stuck or slow (raise the request timeout)",
          e);
    } catch (ExecutionException e) {
      throw (McpTransportException) e.getCause();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new McpTransportException("interrupted while waiting for " + peer, e);
    } finally {
      pending.remove(request.id());
    }
  }

  /** Handles one line or event of text from the server; malformed input is skipped. */
  void received(String text) {
    JsonRpcMessage message;
    try {
      message = MessageCodec.parse(text);
    } catch (MessageCodec.MalformedMessageException e) {
      System.getLogger("io.cakewalk.mcp.client")
          .log(
              System.Logger.Level.WARNING,
              "ignoring a malformed message from " + peer + ": " + e.getMessage());
      return;
    }
    if (message instanceof Response r) {
      complete(r.id(), r);
    } else if (message instanceof ErrorResponse e) {
      if (e.id() != null) {
        complete(e.id(), e);
      }
    } else if (message instanceof Request r) {
      Thread t = new Thread(() -> answer(r), "mcp-client-answer");
      t.setDaemon(true);
      t.start();
    } else if (message instanceof Notification n) {
      inbound.notified(n);
    }
  }

  private void answer(Request r) {
    try {
      sender.accept(inbound.answer(r));
    } catch (RuntimeException e) {
      // the server will time out its request; nothing else to do
    }
  }

  private void complete(RequestId id, JsonRpcMessage message) {
    CompletableFuture<JsonRpcMessage> f = pending.get(id);
    if (f != null) {
      f.complete(message);
    }
  }

  /** Fails every waiting request and all later ones: the stream is gone. */
  void closed(McpTransportException reason) {
    closed = reason;
    pending.values().forEach(f -> f.completeExceptionally(reason));
  }

  private void cancel(RequestId id) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("requestId", id.value());
    params.put("reason", "request timed out");
    try {
      sender.accept(new Notification("notifications/cancelled", params));
    } catch (RuntimeException ignored) {
      // the server may be gone; the caller already gets the timeout
    }
  }
}
