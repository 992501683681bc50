/**
 * MCP wire types as immutable records (MCP schema {@code schema.ts}, revisions 2025-03-26 to
 * 2026-07-28). Optional fields are {@code null} when absent and omitted on output; unknown fields
 * are ignored on input; free-form JSON (schemas, arguments, {@code _meta}) is an unmodifiable map.
 */
package io.cakewalk.mcp.schema;
