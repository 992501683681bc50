package io.cakewalk.oauth.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.cakewalk.oauth.internal.FormEncoding;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The login and consent pages in a real browser (headless Chromium): a person can sign in, approve
 * or deny, and sees an announced error for a wrong password.
 */
class LoginPagesChromiumIT {

  private OAuthHarness h;
  private HttpServer app;
  private final AtomicReference<String> callbackQuery = new AtomicReference<>();
  private String redirect;
  private String clientId;
  private Chromium browser;

  @BeforeEach
  void start() throws Exception {
    h = OAuthHarness.start();
    app = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    app.createContext(
        "/callback",
        exchange -> {
          callbackQuery.set(exchange.getRequestURI().getRawQuery());
          byte[] body = "<html><body><h1>Back in the app</h1></body></html>".getBytes();
          exchange.getResponseHeaders().add("Content-Type", "text/html");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    app.start();
    redirect = "http://127.0.0.1:" + app.getAddress().getPort() + "/callback";
    clientId = (String) h.registerPublic().get("client_id");
    browser = Chromium.launch();
  }

  @AfterEach
  void stop() throws Exception {
    browser.close();
    app.stop(0);
    h.close();
  }

  private void signIn(String password) throws Exception {
    browser.open(h.base + "/authorize?" + FormEncoding.encode(h.authParams(clientId, redirect)));
    browser.await("document.querySelector('h1').textContent === 'Sign in'");
    assertThat(browser.eval("document.documentElement.lang")).isEqualTo("en");
    assertThat(browser.eval("document.querySelector('label[for=username]').textContent"))
        .isEqualTo("User name");
    assertThat(browser.eval("document.querySelector('label[for=password]').textContent"))
        .isEqualTo("Password");
    assertThat(browser.eval("document.activeElement.id")).isEqualTo("username");
    browser.type("#username", h.login.username());
    browser.type("#password", password);
    browser.click("button[type=submit]");
  }

  @Test
  void personSignsInAndApproves() throws Exception {
    signIn(h.login.revealPassword());
    browser.await("document.querySelector('h1').textContent === 'Allow access?'");
    assertThat((String) browser.eval("document.body.innerText"))
        .contains("CLI")
        .contains("mcp:tools")
        .contains(h.resource)
        .contains("127.0.0.1:" + app.getAddress().getPort());
    browser.click("button[value=approve]");
    browser.await(
        "document.querySelector('h1') && document.querySelector('h1').textContent === 'Back in the app'");
    Map<String, String> params =
        Form.parse(callbackQuery.get()).values().entrySet().stream()
            .collect(
                java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get(0)));
    assertThat(params)
        .containsKeys("code")
        .containsEntry("state", "st-123")
        .containsEntry("iss", h.base);
    assertThat(
            h.exchangePublic(clientId, params.get("code"), redirect, OAuthHarness.VERIFIER)
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void personDenies() throws Exception {
    signIn(h.login.revealPassword());
    browser.await("document.querySelector('h1').textContent === 'Allow access?'");
    browser.click("button[value=deny]");
    browser.await(
        "document.querySelector('h1') && document.querySelector('h1').textContent === 'Back in the app'");
    assertThat(Form.parse(callbackQuery.get()).single("error")).hasValue("access_denied");
  }

  @Test
  void wrongPasswordIsAnnounced() throws Exception {
    signIn("not-the-password");
    browser.await("document.querySelector('[role=alert]')");
    assertThat(browser.eval("document.querySelector('[role=alert]').textContent"))
        .isEqualTo("Wrong user name or password.");
    assertThat(callbackQuery.get()).isNull();
  }
}
