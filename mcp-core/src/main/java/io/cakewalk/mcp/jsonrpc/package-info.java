/**
 * JSON-RPC 2.0 messages as MCP uses them (MCP 2025-11-25 "Base Protocol", JSON-RPC 2.0 §4–5):
 * requests, notifications, responses and errors.
 */
package io.cakewalk.mcp.jsonrpc;
