/**
 * The local connector registry: named MCP servers with their auth method, stored as JSON under the
 * configuration directory, holding environment variable names instead of secrets.
 */
package io.cakewalk.cli.connectors;
