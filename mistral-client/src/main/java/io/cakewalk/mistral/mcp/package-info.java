/**
 * The MCP bridge: MCP tools as Mistral functions (reversible names, cleaned Draft-7 schemas, text
 * results) and a tool-calling loop; the only package of this module that uses mcp-core.
 */
package io.cakewalk.mistral.mcp;
