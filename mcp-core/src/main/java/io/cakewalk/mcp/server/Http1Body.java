package io.cakewalk.mcp.server;

import io.cakewalk.mcp.server.Http1Request.Malformed;
import java.io.IOException;
import java.io.InputStream;

/**
 * One request body on the connection's input: {@code Content-Length} bytes or a chunked body (RFC
 * 9112 section 7.1, extensions and trailers skipped). Reading it first sends {@code 100 Continue}
 * when the client asked for it.
 */
final class Http1Body extends InputStream {

  private static final int MAX_CHUNK_LINE = 1024;
  private static final int MAX_TRAILERS = 100;

  private final Http1Input input;
  private final boolean chunked;
  private final Http1Output continueTo;
  private long left;
  private boolean started;
  private boolean startedChunk;
  private boolean eof;

  /**
   * A body of {@code length} bytes, or chunked when {@code length} is {@code -1}; {@code
   * continueTo} (or {@code null}) gets {@code 100 Continue} before the first read.
   */
  Http1Body(Http1Input input, long length, Http1Output continueTo) {
    this.input = input;
    this.chunked = length < 0;
    this.left = chunked ? 0 : length;
    this.eof = length == 0;
    this.continueTo = continueTo;
  }

  /** Whether reading has begun (so a client that expected {@code 100 Continue} got it). */
  boolean started() {
    return started || eof;
  }

  /** Whether the whole body has been read. */
  boolean finished() {
    return eof;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (eof) {
      return -1;
    }
    if (!started) {
      started = true;
      if (continueTo != null) {
        continueTo.sendContinue();
      }
    }
    if (len == 0) {
      return 0;
    }
    if (left == 0) {
      if (!chunked || !nextChunk()) {
        eof = true;
        return -1;
      }
    }
    int n = input.read(b, off, (int) Math.min(len, left));
    if (n < 0) {
      throw new IOException("connection closed inside the request body");
    }
    left -= n;
    if (left == 0 && !chunked) {
      eof = true;
    }
    return n;
  }

  /**
   * Reads and discards up to {@code limit} bytes; returns whether the body ended within it.
   * Failures count as not ended.
   */
  boolean drain(long limit) {
    byte[] sink = new byte[8192];
    try {
      for (long budget = limit; budget > 0; ) {
        int n = read(sink, 0, (int) Math.min(sink.length, budget));
        if (n < 0) {
          return true;
        }
        budget -= n;
      }
      return read(sink, 0, 0) < 0 || eof;
    } catch (IOException e) {
      return false;
    }
  }

  /** Starts the next chunk: {@code chunk-size [ chunk-ext ] CRLF}; false after the last one. */
  private boolean nextChunk() throws IOException {
    if (startedChunk) {
      if (!input.chunkLine(MAX_CHUNK_LINE).isEmpty()) {
        throw new Malformed(400, "chunk data not followed by CRLF");
      }
    }
    String line = input.chunkLine(MAX_CHUNK_LINE);
    int digits = 0;
    while (digits < line.length() && isHex(line.charAt(digits))) {
      digits++;
    }
    int ext = digits;
    while (ext < line.length() && (line.charAt(ext) == ' ' || line.charAt(ext) == '\t')) {
      ext++;
    }
    if (digits == 0 || digits > 15 || (ext < line.length() && line.charAt(ext) != ';')) {
      throw new Malformed(400, "invalid chunk size");
    }
    long size = Long.parseLong(line.substring(0, digits), 16);
    if (size == 0) {
      for (int i = 0; ; i++) {
        String trailer = input.chunkLine(Http1Input.MAX_REQUEST_LINE);
        if (trailer.isEmpty()) {
          break;
        }
        if (i == MAX_TRAILERS || trailer.indexOf(':') < 1) {
          throw new Malformed(400, "malformed trailer section");
        }
      }
      return false;
    }
    startedChunk = true;
    left = size;
    return true;
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
