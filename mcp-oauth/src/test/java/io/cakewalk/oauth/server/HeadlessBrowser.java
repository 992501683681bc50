package io.cakewalk.oauth.server;

import io.cakewalk.oauth.internal.FormEncoding;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays the person in a browser for integration tests: opens an authorization URL, signs in on our
 * login page, approves (or denies) on the consent page and follows the redirect into the client's
 * loopback callback. Redirects are followed by hand (the JDK stops after five) and never leave
 * loopback hosts.
 */
final class HeadlessBrowser {

  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");
  private static final Pattern FIELD = Pattern.compile("name=\"(\\w+)\" value=\"([^\"]*)\"");
  private static final Pattern ACTION =
      Pattern.compile("<form method=\"post\" action=\"([^\"]+)\"");

  private final String username;
  private final String password;
  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  HeadlessBrowser(String username, String password) {
    this.username = username;
    this.password = password;
  }

  /** Signs in, approves, and returns the body the client's callback answered with. */
  String approve(URI authorizationUrl) throws IOException, InterruptedException {
    return run(authorizationUrl, "approve");
  }

  /** Signs in, denies, and returns the body the client's callback answered with. */
  String deny(URI authorizationUrl) throws IOException, InterruptedException {
    return run(authorizationUrl, "deny");
  }

  /**
   * Signs in and approves, but stops at the redirect to {@code callbackPrefix} instead of following
   * it; returns that redirect URL (for clients without a running callback listener).
   */
  URI approveAndCapture(URI authorizationUrl, String callbackPrefix)
      throws IOException, InterruptedException {
    return URI.create(run(authorizationUrl, "approve", callbackPrefix));
  }

  private String run(URI start, String decision) throws IOException, InterruptedException {
    return run(start, decision, null);
  }

  private String run(URI start, String decision, String stopAt)
      throws IOException, InterruptedException {
    HttpResponse<String> response = send(HttpRequest.newBuilder(check(start)).GET(), start);
    URI current = start;
    for (int hop = 0; hop < 20; hop++) {
      int status = response.statusCode();
      if (status >= 300 && status < 400) {
        String location = response.headers().firstValue("Location").orElseThrow();
        if (stopAt != null && location.startsWith(stopAt)) {
          return location;
        }
        current = check(current.resolve(location));
        response = send(HttpRequest.newBuilder(current).GET(), current);
        continue;
      }
      String body = response.body();
      Matcher action = ACTION.matcher(body);
      if (status != 200 || !action.find()) {
        return body;
      }
      Map<String, String> form = new LinkedHashMap<>();
      Matcher field = FIELD.matcher(body);
      while (field.find()) {
        form.put(field.group(1), field.group(2));
      }
      if ("login".equals(form.get("action"))) {
        form.put("username", username);
        form.put("password", password);
      } else {
        form.put("decision", decision);
      }
      URI target = check(current.resolve(action.group(1)));
      response =
          send(
              HttpRequest.newBuilder(target)
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(FormEncoding.encode(form))),
              target);
      current = target;
    }
    throw new IOException("too many redirects or form steps");
  }

  private HttpResponse<String> send(HttpRequest.Builder request, URI uri)
      throws IOException, InterruptedException {
    return http.send(
        request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static URI check(URI uri) throws IOException {
    if (!LOOPBACK.contains(uri.getHost())) {
      throw new IOException("refusing to browse to a non-loopback host: " + uri.getHost());
    }
    return uri;
  }
}
