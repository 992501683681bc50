package io.cakewalk.oauth.server;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * A {@code BROWSER} script for Node CLIs (peers.md §9): it only records each URL it is asked to
 * open; the test then plays the person with {@link HeadlessBrowser}.
 */
final class BrowserScript {

  final Path script;
  private final Path urls;
  private int seen;

  BrowserScript(Path dir) throws IOException {
    urls = dir.resolve("browser-urls.txt");
    Files.writeString(urls, "");
    script = dir.resolve("browser.sh");
    Files.writeString(script, "#!/bin/sh\nprintf '%s\\n' \"$1\" >> '" + urls + "'\nexit 0\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
  }

  /**
   * Approves every authorization URL opened until {@code done} says so; returns how many were
   * approved. Lines from {@code peerOutput} that start with {@code AUTHORIZE } count as opened too.
   */
  int approveUntil(HeadlessBrowser browser, Supplier<Boolean> done, Supplier<String> peerOutput)
      throws Exception {
    int approved = 0;
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (!done.get() && Instant.now().isBefore(deadline)) {
      List<String> opened = new java.util.ArrayList<>(Files.readAllLines(urls));
      peerOutput
          .get()
          .lines()
          .filter(l -> l.startsWith("AUTHORIZE "))
          .map(l -> l.substring(10))
          .forEach(opened::add);
      while (seen < opened.size()) {
        browser.approve(URI.create(opened.get(seen++).trim()));
        approved++;
      }
      Thread.sleep(100);
    }
    return approved;
  }
}
