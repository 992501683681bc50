package io.cakewalk.mcp.server;

/**
 * A result already serialised to JSON bytes; {@link Frames#result} writes it verbatim.
 *
 * @param bytes UTF-8 JSON object text
 */
record RawJson(byte[] bytes) {}
