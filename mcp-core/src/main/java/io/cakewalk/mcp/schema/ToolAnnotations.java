package io.cakewalk.mcp.schema;

/**
 * Hints about a tool's behaviour. Untrusted unless the server is trusted; {@code null} means the
 * spec default (read-only false, destructive true, idempotent false, open-world true).
 */
public record ToolAnnotations(
    String title,
    Boolean readOnlyHint,
    Boolean destructiveHint,
    Boolean idempotentHint,
    Boolean openWorldHint) {}
