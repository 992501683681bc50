/**
 * Client registration: Dynamic Client Registration (RFC 7591 §2, §3.2; OpenID Connect Registration
 * {@code application_type}) and Client ID Metadata Documents.
 */
package io.cakewalk.oauth.registration;
