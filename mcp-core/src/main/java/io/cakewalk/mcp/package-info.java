/** The MCP client and server entry points, their exceptions and the credential hook. */
package io.cakewalk.mcp;
