package io.cakewalk.cli.connectors;

/** How a connector authenticates to its MCP server. */
public enum AuthMethod {
  /** No credentials. */
  NONE,
  /** A static bearer token read from an environment variable at use time. */
  BEARER,
  /** OAuth 2.1 with discovery, dynamic client registration and PKCE; tokens in the token store. */
  OAUTH
}
