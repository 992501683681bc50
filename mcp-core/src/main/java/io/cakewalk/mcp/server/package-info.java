/**
 * An embeddable MCP server for both protocol eras (MCP 2025-11-25 "Transports: Streamable HTTP"
 * with sessions, and the stateless 2026-07-28 wire): {@link io.cakewalk.mcp.server.McpServer} holds
 * tools, resources and prompts, {@link io.cakewalk.mcp.server.McpHttpHandler} serves them.
 */
package io.cakewalk.mcp.server;
