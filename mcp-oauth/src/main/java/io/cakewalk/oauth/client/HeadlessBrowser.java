package io.cakewalk.oauth.client;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A "browser" for unattended logins: follows redirects by hand ({@code Redirect.NEVER}, so the
 * JDK's five-redirect limit does not apply) with a cookie jar, up to 20 hops, and only between
 * loopback hosts. It runs in the background so the caller can wait for the callback.
 */
final class HeadlessBrowser implements Browser {

  static final int MAX_HOPS = 20;

  @Override
  public void open(URI url) {
    Thread t = new Thread(() -> follow(url), "oauth-headless-browser");
    t.setDaemon(true);
    t.start();
  }

  /** Follows redirects from {@code url}; returns the last URL requested. */
  static URI follow(URI url) {
    HttpClient http =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    URI current = url;
    for (int hop = 0; hop <= MAX_HOPS; hop++) {
      if (current.getHost() == null || !UrlGuard.isLoopback(current.getHost())) {
        return current; // never leave the machine
      }
      HttpResponse<Void> r;
      try {
        r =
            http.send(
                HttpRequest.newBuilder(current).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.discarding());
      } catch (IOException e) {
        return current;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return current;
      }
      String location = r.headers().firstValue("Location").orElse(null);
      if (r.statusCode() / 100 != 3 || location == null) {
        return current;
      }
      current = current.resolve(location);
    }
    return current;
  }
}
