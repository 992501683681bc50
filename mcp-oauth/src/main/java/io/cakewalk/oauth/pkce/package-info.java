/** Proof Key for Code Exchange (RFC 7636): verifiers, challenges and the S256 method. */
package io.cakewalk.oauth.pkce;
