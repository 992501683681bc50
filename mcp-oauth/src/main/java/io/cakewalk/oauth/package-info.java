/** OAuth 2.1 for MCP (RFC 6749, 7591, 7636, 8414, 8707, 9207, 9728): shared types and errors. */
package io.cakewalk.oauth;
