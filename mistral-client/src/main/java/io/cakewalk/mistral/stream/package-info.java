/**
 * Streaming chat completions over server-sent events (spec {@code CompletionChunk}), including both
 * tool-call streaming styles (whole calls per delta, and OpenAI-style fragments).
 */
package io.cakewalk.mistral.stream;
