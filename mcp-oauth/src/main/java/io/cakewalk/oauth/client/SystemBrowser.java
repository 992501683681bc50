package io.cakewalk.oauth.client;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Launches the user's browser with an argument list: {@code $BROWSER} (a {@code :}-separated list
 * of commands, first that starts wins; {@code %s} is replaced by the URL, else the URL is appended
 * as an argument), else the platform opener. Never runs a shell.
 */
final class SystemBrowser implements Browser {

  private final String browserVariable;

  SystemBrowser(String browserVariable) {
    this.browserVariable = browserVariable;
  }

  @Override
  public void open(URI url) {
    String s = url.toString();
    if (!safe(url)) {
      throw new IllegalArgumentException("refusing to open a non-https or malformed URL");
    }
    for (List<String> command : commands(s)) {
      try {
        new ProcessBuilder(command)
            .redirectInput(ProcessBuilder.Redirect.PIPE)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start()
            .getOutputStream()
            .close();
        return;
      } catch (IOException e) {
        // not installed: try the next one; the URL is printed anyway
      }
    }
  }

  /** The commands to try, in order. */
  List<List<String>> commands(String url) {
    List<List<String>> out = new ArrayList<>();
    if (browserVariable != null && !browserVariable.isBlank()) {
      for (String entry : browserVariable.split(":")) {
        if (entry.isBlank()) {
          continue;
        }
        List<String> argv = new ArrayList<>();
        boolean substituted = false;
        for (String part : entry.strip().split("\\s+")) {
          if (part.contains("%s")) {
            argv.add(part.replace("%s", url));
            substituted = true;
          } else {
            argv.add(part);
          }
        }
        if (!substituted) {
          argv.add(url);
        }
        out.add(argv);
      }
      return out;
    }
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (os.contains("mac")) {
      out.add(List.of("open", url));
    } else if (os.contains("win")) {
      out.add(List.of("rundll32", "url.dll,FileProtocolHandler", url));
    } else {
      out.add(List.of("xdg-open", url));
    }
    return out;
  }

  /** {@code https}, or {@code http} to a loopback host, with no control characters. */
  static boolean safe(URI url) {
    String s = url.toString();
    for (int i = 0; i < s.length(); i++) {
      if (Character.isISOControl(s.charAt(i)) || s.charAt(i) == ' ') {
        return false;
      }
    }
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    return url.getHost() != null
        && (scheme.equals("https")
            || (scheme.equals("http") && UrlGuard.isLoopback(url.getHost())));
  }
}
