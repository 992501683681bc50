/**
 * The project's OAuth 2.1 authorization server and resource-server guard for MCP endpoints: RFC
 * 8414 and RFC 9728 metadata, RFC 7591 registration, RFC 7636 PKCE, RFC 7009 revocation, RFC 8707
 * audience binding and RFC 6750 bearer challenges.
 */
package io.cakewalk.oauth.server;
