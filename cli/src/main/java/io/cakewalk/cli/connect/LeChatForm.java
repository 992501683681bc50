package io.cakewalk.cli.connect;

import java.io.PrintWriter;
import java.net.URI;

/**
 * The values to type into Le Chat's (Vibe's) "Custom MCP Connector" form, which has no API
 * (mistral-api.md §11), step by step.
 */
public final class LeChatForm {

  /** Where users add connectors. */
  public static final URI CONNECTORS_PAGE = URI.create("https://chat.mistral.ai/");

  private LeChatForm() {}

  /** Prints the steps. */
  public static void print(
      PrintWriter out, String name, URI server, String description, String auth) {
    out.println("Add it in Le Chat (Vibe), as an admin of your organisation:");
    out.println("  1. Open " + CONNECTORS_PAGE + " → Connectors → + Add Connector");
    out.println("  2. Choose the Custom MCP Connector tab and fill in:");
    out.println("       Connector name:  " + name);
    out.println("       Server URL:      " + server);
    out.println(
        "       Description:     "
            + (description == null || description.isEmpty() ? "(optional)" : description));
    out.println("  3. Click Connect. Le Chat detects the authentication: " + method(auth));
    out.println("  4. Allow the tools you trust (\"Always allow\" per function).");
    out.flush();
  }

  private static String method(String auth) {
    return switch (auth) {
      case "oauth" ->
          "OAuth 2.1; sign in on the page that opens (if detection fails behind a proxy, pick"
              + " OAuth 2.1 manually)";
      case "bearer" -> "HTTP Bearer; paste your token when asked";
      case "none" -> "none";
      default -> "automatic";
    };
  }
}
