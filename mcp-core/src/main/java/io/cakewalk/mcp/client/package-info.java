/**
 * The client side of the MCP transports (MCP 2025-11-25 and 2026-07-28 "Transports"): Streamable
 * HTTP, legacy HTTP+SSE and stdio, era detection, pagination and schema checks. Not API apart from
 * what {@link io.cakewalk.mcp.McpClient} needs.
 */
package io.cakewalk.mcp.client;
