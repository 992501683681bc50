package io.cakewalk.mcp.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/** Size and text helpers that keep error messages short and bodies bounded. */
final class Limits {

  private Limits() {}

  /** {@code 16 MiB}, {@code 512 KiB} or {@code 100 bytes}. */
  static String describe(long bytes) {
    if (bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MiB";
    }
    if (bytes % 1024 == 0) {
      return bytes / 1024 + " KiB";
    }
    return bytes + " bytes";
  }

  /** {@code 30s} or {@code 1.5s}. */
  static String describe(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + "s" : String.format(Locale.ROOT, "%.1fs", ms / 1000.0);
  }

  /**
   * Reads at most {@code max} bytes; returns {@code null} when the stream holds more, after which
   * the caller should close it.
   */
  static String readAtMost(InputStream in, long max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) >= 0) {
      total += n;
      if (total > max) {
        return null;
      }
      out.write(buffer, 0, n);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** A one-line, printable excerpt of a body for an error message (HTML tags dropped). */
  static String excerpt(String body) {
    if (body == null) {
      return "";
    }
    String text = body;
    int title = text.toLowerCase(Locale.ROOT).indexOf("<title>");
    if (title >= 0) {
      int end = text.toLowerCase(Locale.ROOT).indexOf("</title>", title);
      text = end > title ? text.substring(title + 7, end) : text.substring(title + 7);
    }
    text = text.replaceAll("<[^>]*>", " ").replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    return text.length() > 160 ? text.substring(0, 160) + "…" : text;
  }
}
