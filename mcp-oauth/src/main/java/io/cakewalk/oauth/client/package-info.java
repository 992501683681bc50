/**
 * The OAuth client side of MCP authorization (MCP 2026-07-28 basic/authorization, OAuth 2.1, RFC
 * 8252 for native apps): discovery, registration, PKCE login, token storage and refresh, and the
 * {@code McpAuthorization} hook for {@code mcp-core}.
 */
package io.cakewalk.oauth.client;
