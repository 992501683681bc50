/**
 * Token endpoint messages (RFC 6749 §3.2, §4.1.3, §5, §6; RFC 7636 §4.5; RFC 8707 §2.2) and the
 * credentials they carry.
 */
package io.cakewalk.oauth.token;
