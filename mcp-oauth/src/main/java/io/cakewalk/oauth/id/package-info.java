/**
 * Typed identifiers of OAuth 2.1 (RFC 6749 §2.2, §3.3, §10.12; RFC 8414 §2; RFC 8707 §2): client
 * ids and secrets, issuers, scopes, state and resource URIs.
 */
package io.cakewalk.oauth.id;
