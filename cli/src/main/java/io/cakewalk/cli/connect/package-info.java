/**
 * The steps of {@code cakewalk connect mistral}: Mistral compatibility of a server's tools, Le Chat
 * form values, registration through the Connectors API, and the demo's unattended login.
 */
package io.cakewalk.cli.connect;
