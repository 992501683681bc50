package io.cakewalk.oauth.client;

import java.net.URI;

/**
 * Opens an authorization URL for the user. {@link #system()} honours {@code $BROWSER}; {@link
 * #headless()} follows redirects itself into the loopback listener (CI, conformance); {@link
 * #none()} only relies on the printed URL.
 */
@FunctionalInterface
public interface Browser {

  /**
   * Opens {@code url}; returns without waiting for the user. Failing to open is not an error: the
   * URL is always printed too.
   */
  void open(URI url);

  /** {@code $BROWSER}, else {@code xdg-open} (Linux) or {@code open} (macOS); never a shell. */
  static Browser system() {
    return new SystemBrowser(System.getenv("BROWSER"));
  }

  /**
   * Launches browsers the way {@code $BROWSER} would with {@code browserVariable} as its value (for
   * example a {@code --browser} option), as an argument list, never through a shell.
   */
  static Browser command(String browserVariable) {
    return new SystemBrowser(browserVariable);
  }

  /** A browser that does nothing (the user opens the printed URL). */
  static Browser none() {
    return url -> {};
  }

  /**
   * An HTTP client that follows the login's redirects with a cookie jar, at most 20 hops, only
   * between loopback hosts. For authorization servers that approve without a human.
   */
  static Browser headless() {
    return new HeadlessBrowser();
  }
}
