package io.cakewalk.mistral.connectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * How Mistral authenticates to a connector's server ({@code PublicAuthenticationMethod}).
 *
 * @param methodType {@code oauth2}, {@code bearer}, {@code none}, {@code github_app} or {@code
 *     slack_app}
 * @param headers headers the method expects
 * @param hasDefaultCredentials whether default credentials exist
 * @param oauth2ServerMetadata RFC 8414 metadata, for OAuth
 */
public record AuthenticationMethod(
    @JsonProperty("method_type") String methodType,
    List<AuthHeader> headers,
    @JsonProperty("has_default_credentials") Boolean hasDefaultCredentials,
    @JsonProperty("oauth2_server_metadata") Map<String, Object> oauth2ServerMetadata) {}
