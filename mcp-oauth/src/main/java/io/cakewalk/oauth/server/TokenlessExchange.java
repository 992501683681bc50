package io.cakewalk.oauth.server;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The exchange {@link BearerTokenFilter} passes on: identical to the original except that its
 * request headers lack {@code Authorization}, so the token cannot leak to handlers or upstreams.
 */
final class TokenlessExchange extends HttpExchange {

  private final HttpExchange delegate;
  private final Headers headers = new Headers();
  private final Map<String, Object> attributes = new ConcurrentHashMap<>();

  /**
   * Wraps an exchange. Attributes live in this exchange (the JDK 17 implementation shares them with
   * the whole context), starting with the verified token when there is one.
   */
  TokenlessExchange(HttpExchange delegate, VerifiedAccessToken token) {
    this.delegate = delegate;
    if (token != null) {
      attributes.put(BearerTokenFilter.ATTRIBUTE, token);
    }
    delegate
        .getRequestHeaders()
        .forEach(
            (name, values) -> {
              if (!name.equalsIgnoreCase("Authorization")) {
                headers.put(name, values);
              }
            });
  }

  @Override
  public Headers getRequestHeaders() {
    return headers;
  }

  @Override
  public Headers getResponseHeaders() {
    return delegate.getResponseHeaders();
  }

  @Override
  public URI getRequestURI() {
    return delegate.getRequestURI();
  }

  @Override
  public String getRequestMethod() {
    return delegate.getRequestMethod();
  }

  @Override
  public HttpContext getHttpContext() {
    return delegate.getHttpContext();
  }

  @Override
  public void close() {
    delegate.close();
  }

  @Override
  public InputStream getRequestBody() {
    return delegate.getRequestBody();
  }

  @Override
  public OutputStream getResponseBody() {
    return delegate.getResponseBody();
  }

  @Override
  public void sendResponseHeaders(int rCode, long responseLength) throws IOException {
    delegate.sendResponseHeaders(rCode, responseLength);
  }

  @Override
  public InetSocketAddress getRemoteAddress() {
    return delegate.getRemoteAddress();
  }

  @Override
  public int getResponseCode() {
    return delegate.getResponseCode();
  }

  @Override
  public InetSocketAddress getLocalAddress() {
    return delegate.getLocalAddress();
  }

  @Override
  public String getProtocol() {
    return delegate.getProtocol();
  }

  @Override
  public Object getAttribute(String name) {
    Object value = attributes.get(name);
    return value != null ? value : delegate.getAttribute(name);
  }

  @Override
  public void setAttribute(String name, Object value) {
    if (value == null) {
      attributes.remove(name);
    } else {
      attributes.put(name, value);
    }
  }

  @Override
  public void setStreams(InputStream i, OutputStream o) {
    delegate.setStreams(i, o);
  }

  @Override
  public HttpPrincipal getPrincipal() {
    Object token = attributes.get(BearerTokenFilter.ATTRIBUTE);
    return token instanceof VerifiedAccessToken t
        ? new HttpPrincipal(t.subject(), "oauth")
        : delegate.getPrincipal();
  }
}
