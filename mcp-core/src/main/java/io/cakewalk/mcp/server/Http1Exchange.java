package io.cakewalk.mcp.server;

import io.cakewalk.mcp.internal.UnreadBodies;
import io.cakewalk.mcp.server.Http1Request.Malformed;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * One request/response on an {@link Http1Connection}, as the protocol core's {@link HttpCall}. The
 * response may be sent from any thread; the connection thread {@linkplain #await waits} for it
 * before reading the next request.
 */
final class Http1Exchange implements HttpCall {

  private enum State {
    OPEN,
    STREAMING,
    DONE,
    BROKEN
  }

  private final Http1Request request;
  private final Http1Body body;
  private final Http1Output out;
  private final boolean expectsContinue;
  private boolean keepAlive;
  private State state = State.OPEN;
  private IOException bodyFailure;

  Http1Exchange(Http1Request request, Http1Input in, Http1Output out) throws Malformed {
    this.request = request;
    this.out = out;
    this.expectsContinue = request.expectsContinue();
    this.body = new Http1Body(in, request.contentLength, expectsContinue ? out : null);
    this.keepAlive = request.keepAlive();
  }

  @Override
  public String method() {
    return request.method;
  }

  @Override
  public String header(String name) {
    return "Host".equalsIgnoreCase(name) ? request.host() : request.header(name);
  }

  @Override
  public byte[] body(int max) throws IOException {
    if (request.contentLength > max) {
      return null;
    }
    try {
      if (!request.chunked) {
        byte[] bytes = new byte[(int) request.contentLength];
        if (body.readNBytes(bytes, 0, bytes.length) < bytes.length) {
          throw new IOException("connection closed inside the request body");
        }
        return bytes;
      }
      byte[] bytes = body.readNBytes(max == Integer.MAX_VALUE ? max : max + 1);
      return bytes.length > max ? null : bytes;
    } catch (IOException e) {
      failed(e);
      throw e;
    }
  }

  @Override
  public synchronized void respond(int status, Map<String, String> headers, byte[] bytes)
      throws IOException {
    if (state != State.OPEN) {
      throw new IOException("response already sent");
    }
    finishBody();
    try {
      out.respond(status, headers, bytes, connection(), "HEAD".equals(request.method));
    } catch (IOException e) {
      end(State.BROKEN);
      throw e;
    }
    end(State.DONE);
  }

  @Override
  public synchronized OutputStream stream(Map<String, String> headers) throws IOException {
    if (state != State.OPEN) {
      throw new IOException("response already sent");
    }
    finishBody();
    boolean chunked = request.minorVersion == 1;
    keepAlive &= chunked;
    try {
      OutputStream stream =
          out.stream(headers, connection(), chunked, ok -> end(ok ? State.DONE : State.BROKEN));
      state = State.STREAMING;
      return stream;
    } catch (IOException e) {
      end(State.BROKEN);
      throw e;
    }
  }

  /**
   * Waits until the response is complete (or the body could not be read, which is answered here)
   * and returns whether the connection may carry the next request. {@code closing} says whether an
   * interrupt means the server is shutting down.
   */
  synchronized boolean await(BooleanSupplier closing) {
    while (state == State.STREAMING || (state == State.OPEN && bodyFailure == null)) {
      try {
        wait();
      } catch (InterruptedException e) {
        if (closing.getAsBoolean()) {
          return false;
        }
      }
    }
    if (state == State.OPEN) {
      state = State.BROKEN;
      if (bodyFailure instanceof Malformed m) {
        try {
          out.error(m.status, m.getMessage(), Http1Output.Connection.CLOSE);
        } catch (IOException ignored) {
          // the client is gone as well
        }
      }
    }
    return state == State.DONE && keepAlive && body.finished();
  }

  /** Reads what the handler left of the body, so the next request can be found (or closes). */
  private void finishBody() {
    if (body.finished()) {
      return;
    }
    if (expectsContinue && !body.started()) {
      // The client waits for 100 Continue before sending; it may still send, so close.
      keepAlive = false;
      return;
    }
    if (request.contentLength > UnreadBodies.DRAIN_LIMIT || !body.drain(UnreadBodies.DRAIN_LIMIT)) {
      keepAlive = false;
    }
  }

  private Http1Output.Connection connection() {
    if (!keepAlive) {
      return Http1Output.Connection.CLOSE;
    }
    return request.minorVersion == 1
        ? Http1Output.Connection.PERSISTENT
        : Http1Output.Connection.KEEP_ALIVE;
  }

  private synchronized void failed(IOException e) {
    bodyFailure = e;
    keepAlive = false;
    notifyAll();
  }

  private synchronized void end(State next) {
    if (state != State.DONE && state != State.BROKEN) {
      state = next;
    }
    notifyAll();
  }
}
