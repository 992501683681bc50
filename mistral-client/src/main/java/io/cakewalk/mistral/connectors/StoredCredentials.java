package io.cakewalk.mistral.connectors;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Credentials as listed by Mistral, without secrets ({@code AuthenticationConfiguration}).
 *
 * @param name credential name
 * @param title title
 * @param authenticationType e.g. {@code bearer}
 * @param scope owner type
 * @param status status, if reported
 * @param isDefault whether it is the default
 */
public record StoredCredentials(
    String name,
    String title,
    @JsonProperty("authentication_type") String authenticationType,
    String scope,
    String status,
    @JsonProperty("is_default") Boolean isDefault) {}
