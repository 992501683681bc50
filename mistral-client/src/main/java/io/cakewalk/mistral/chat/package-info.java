/**
 * Chat completion wire types ({@code POST /v1/chat/completions}, spec schemas {@code
 * ChatCompletionRequest} and {@code ChatCompletionResponse}): messages, content chunks, tools and
 * tool calls.
 */
package io.cakewalk.mistral.chat;
