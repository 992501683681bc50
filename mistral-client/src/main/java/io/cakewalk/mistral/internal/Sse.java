package io.cakewalk.mistral.internal;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Reads the {@code data} payloads of a server-sent-events stream: multi-line data is joined with
 * newlines, {@code event:}, {@code id:}, {@code retry:} and comment lines are ignored, and events
 * with empty data are skipped.
 */
public final class Sse implements Closeable {

  private final BufferedReader reader;

  public Sse(InputStream in) {
    this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /** The next non-empty data payload, or {@code null} at end of stream. */
  public String next() throws IOException {
    StringBuilder data = null;
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.isEmpty()) {
        if (data != null && data.length() > 0) {
          return data.toString();
        }
        data = null;
        continue;
      }
      if (line.startsWith("data:")) {
        String value = line.substring(5);
        if (value.startsWith(" ")) {
          value = value.substring(1);
        }
        if (data == null) {
          data = new StringBuilder(value);
        } else {
          data.append('\n').append(value);
        }
      }
    }
    return data != null && data.length() > 0 ? data.toString() : null;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
