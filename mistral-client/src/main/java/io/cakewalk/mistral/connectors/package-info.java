/**
 * The beta Connectors API ({@code /v1/connectors}, "Public Preview"): register remote MCP servers
 * with Mistral, manage their credentials, list and call their tools.
 */
package io.cakewalk.mistral.connectors;
