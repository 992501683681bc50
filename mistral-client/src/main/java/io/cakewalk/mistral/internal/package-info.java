/**
 * The module's single JSON, HTTP and SSE adapters (errors, retries, rate-limit headers); not API.
 */
package io.cakewalk.mistral.internal;
