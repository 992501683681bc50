package io.cakewalk.oauth.server;

import java.net.URI;
import java.util.List;

/**
 * The authorization server's HTML: a login page, a consent page and an error page. Plain,
 * accessible markup (labelled fields, one heading, alerts announced to screen readers), no scripts,
 * every dynamic value HTML-escaped.
 */
final class Pages {

  private static final String STYLE =
      "body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;"
          + "line-height:1.5;color:#1a1a1a}label{display:block;margin-top:1rem;font-weight:600}"
          + "input{width:100%;padding:.5rem;font-size:1rem;box-sizing:border-box}"
          + "button{margin-top:1.25rem;margin-right:.5rem;padding:.5rem 1.25rem;font-size:1rem}"
          + ".alert{border-left:4px solid #b00020;padding:.5rem 1rem;background:#fdecee}"
          + ".warn{border-left:4px solid #8a6d00;padding:.5rem 1rem;background:#fff8e1}"
          + "dt{font-weight:600}dd{margin:0 0 .5rem 0;word-break:break-all}";

  private Pages() {}

  /** The login form for a pending authorization. */
  static String login(String action, PendingAuthorization pending, String error) {
    StringBuilder body = new StringBuilder();
    body.append("<h1>Sign in</h1>\n<p><strong>")
        .append(escape(pending.clientLabel()))
        .append("</strong> asks to access <strong>")
        .append(escape(pending.resource()))
        .append("</strong>. Sign in to continue.</p>\n");
    if (error != null) {
      body.append("<p class=\"alert\" role=\"alert\">").append(escape(error)).append("</p>\n");
    }
    body.append(formStart(action, pending, "login"))
        .append("<label for=\"username\">User name</label>\n")
        .append(
            "<input id=\"username\" name=\"username\" autocomplete=\"username\" required"
                + " autofocus>\n")
        .append("<label for=\"password\">Password</label>\n")
        .append(
            "<input id=\"password\" name=\"password\" type=\"password\""
                + " autocomplete=\"current-password\" required>\n")
        .append("<button type=\"submit\">Sign in</button>\n</form>\n");
    return page("Sign in", body.toString());
  }

  /** The consent form: names the client, its redirect host, the scopes and the resource. */
  static String consent(String action, PendingAuthorization pending, List<String> redirects) {
    StringBuilder body = new StringBuilder();
    body.append("<h1>Allow access?</h1>\n<p>Signed in as <strong>")
        .append(escape(pending.subject()))
        .append("</strong>.</p>\n<dl>\n")
        .append("<dt>Application</dt><dd>")
        .append(escape(pending.clientName() == null ? "(unnamed)" : pending.clientName()))
        .append("</dd>\n<dt>Client ID</dt><dd>")
        .append(escape(pending.clientId()))
        .append("</dd>\n<dt>Sends you back to</dt><dd>")
        .append(escape(host(pending.redirectUri())))
        .append("</dd>\n<dt>Resource</dt><dd>")
        .append(escape(pending.resource()))
        .append("</dd>\n<dt>Permissions</dt><dd><ul>\n");
    for (String scope : pending.scopes()) {
      body.append("<li>").append(escape(scope)).append("</li>\n");
    }
    body.append("</ul></dd>\n</dl>\n");
    if (RedirectUris.allLoopback(redirects)) {
      body.append(
          "<p class=\"warn\" role=\"note\">This application receives the result on this computer"
              + " (localhost). Allow only if you started it yourself just now.</p>\n");
    }
    body.append(formStart(action, pending, "consent"))
        .append("<button type=\"submit\" name=\"decision\" value=\"approve\">Allow</button>\n")
        .append("<button type=\"submit\" name=\"decision\" value=\"deny\">Deny</button>\n")
        .append("</form>\n");
    return page("Allow access?", body.toString());
  }

  /** A page explaining an error the user must see (never redirected to the client). */
  static String error(String message) {
    return page(
        "Cannot continue",
        "<h1>Cannot continue</h1>\n<p class=\"alert\" role=\"alert\">"
            + escape(message)
            + "</p>\n<p>Return to the application and start again.</p>\n");
  }

  private static String formStart(String action, PendingAuthorization pending, String step) {
    return "<form method=\"post\" action=\""
        + escape(action)
        + "\">\n<input type=\"hidden\" name=\"request\" value=\""
        + escape(pending.id())
        + "\">\n<input type=\"hidden\" name=\"csrf\" value=\""
        + escape(pending.csrf())
        + "\">\n<input type=\"hidden\" name=\"action\" value=\""
        + step
        + "\">\n";
  }

  private static String page(String title, String body) {
    return "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
        + escape(title)
        + " · Cakewalk</title>\n<style>"
        + STYLE
        + "</style>\n</head>\n<body>\n<main>\n"
        + body
        + "</main>\n</body>\n</html>\n";
  }

  private static String host(String uri) {
    try {
      URI parsed = URI.create(uri);
      return parsed.getPort() < 0 ? parsed.getHost() : parsed.getHost() + ":" + parsed.getPort();
    } catch (IllegalArgumentException e) {
      return uri;
    }
  }

  /** HTML-escapes text for element content and double-quoted attributes. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
