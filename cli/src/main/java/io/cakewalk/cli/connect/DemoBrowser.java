package io.cakewalk.cli.connect;

import io.cakewalk.oauth.client.Browser;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "person" of {@code connect mistral --demo}: opens the authorization URL of the embedded
 * gateway, signs in with the demo password on its login page, allows access on its consent page and
 * follows the redirect to the loopback callback. Loopback hosts only, at most 20 steps, in the
 * background, as a {@link Browser} must.
 */
public final class DemoBrowser implements Browser {

  private static final int MAX_STEPS = 20;
  private static final Pattern FORM = Pattern.compile("<form[^>]*action=\"([^\"]*)\"");
  private static final Pattern HIDDEN =
      Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">");

  private final String username;
  private final String password;
  private final Consumer<String> say;

  public DemoBrowser(String username, String password, Consumer<String> say) {
    this.username = username;
    this.password = password;
    this.say = say;
  }

  @Override
  public void open(URI url) {
    Thread t =
        new Thread(
            () -> {
              try {
                walk(url);
              } catch (IOException | RuntimeException e) {
                say.accept("demo browser: " + e.getMessage());
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "cakewalk-demo-browser");
    t.setDaemon(true);
    t.start();
  }

  private void walk(URI start) throws IOException, InterruptedException {
    URI callback = approve(start, username, password);
    if (callback != null) {
      requireLoopback(callback);
      HttpClient.newHttpClient().send(get(callback), HttpResponse.BodyHandlers.discarding());
    }
  }

  /**
   * Signs in and allows access at the authorization server behind {@code authorizationUrl}, and
   * returns where it sends the browser back to the client (the callback URL with the code), without
   * requesting it; {@code null} when the server showed no such redirect.
   */
  public static URI approve(URI authorizationUrl, String username, String password)
      throws IOException, InterruptedException {
    URI start = authorizationUrl;
    CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    HttpClient http =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(cookies)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    HttpRequest request = get(start);
    for (int step = 0; step < MAX_STEPS; step++) {
      requireLoopback(request.uri());
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() / 100 == 3) {
        URI next = request.uri().resolve(r.headers().firstValue("Location").orElseThrow());
        if (!origin(next).equals(origin(start))) {
          return next; // leaving the authorization server: the client's callback
        }
        request = get(next);
        continue;
      }
      String html = r.body();
      Matcher form = FORM.matcher(html);
      if (r.statusCode() != 200 || !form.find()) {
        return null; // an error page; the login reports the failure
      }
      Map<String, String> fields = new LinkedHashMap<>();
      Matcher hidden = HIDDEN.matcher(html);
      while (hidden.find()) {
        fields.put(unescape(hidden.group(1)), unescape(hidden.group(2)));
      }
      if (html.contains("name=\"password\"")) {
        fields.put("username", username);
        fields.put("password", password);
      } else if (html.contains("name=\"decision\"")) {
        fields.put("decision", "approve");
      } else {
        return null;
      }
      URI action = request.uri().resolve(unescape(form.group(1)));
      request =
          HttpRequest.newBuilder(action)
              .timeout(Duration.ofSeconds(10))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(encode(fields)))
              .build();
    }
    return null;
  }

  private static String origin(URI uri) {
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }

  private static HttpRequest get(URI url) {
    return HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10)).GET().build();
  }

  private static void requireLoopback(URI url) throws UnknownHostException {
    if (url.getHost() == null || !InetAddress.getByName(url.getHost()).isLoopbackAddress()) {
      throw new IllegalStateException("refusing to leave the loopback interface for " + url);
    }
  }

  private static String encode(Map<String, String> fields) {
    StringBuilder out = new StringBuilder();
    fields.forEach(
        (k, v) ->
            out.append(out.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return out.toString();
  }

  private static String unescape(String s) {
    return s.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }
}
