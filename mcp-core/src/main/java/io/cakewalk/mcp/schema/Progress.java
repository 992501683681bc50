package io.cakewalk.mcp.schema;

/**
 * One {@code notifications/progress} update for a request the client sent.
 *
 * @param progressToken the token the client put in the request's {@code _meta}
 * @param progress progress so far; increases with every update
 * @param total the total, or {@code null} if unknown
 * @param message optional human-readable status
 */
public record Progress(Object progressToken, double progress, Double total, String message) {}
