/**
 * The readiness probe: checks an MCP server the way Le Chat's connector auto-detection does (MCP
 * endpoint, 401 challenge, RFC 9728 and RFC 8414 metadata, RFC 7591 registration, PKCE S256).
 */
package io.cakewalk.cli.probe;
