/**
 * Discovery documents: authorization server metadata (RFC 8414, OpenID Connect Discovery 1.0 §3)
 * and protected resource metadata (RFC 9728).
 */
package io.cakewalk.oauth.metadata;
