package io.cakewalk.mistral.connectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * An authentication method to add or change in an update ({@code
 * AuthenticationMethodCreateOrUpdateRequest}).
 *
 * @param methodType e.g. {@code bearer}, {@code oauth2}, {@code none}
 * @param headers headers to collect
 * @param globalHeaders connector-wide headers
 * @param oauth2ServerMetadata RFC 8414 metadata
 */
public record AuthMethodUpdate(
    @JsonProperty("method_type") String methodType,
    List<AuthHeader> headers,
    @JsonProperty("global_headers") Map<String, GlobalHeader> globalHeaders,
    @JsonProperty("oauth2_server_metadata") Map<String, Object> oauth2ServerMetadata) {

  public AuthMethodUpdate {
    if (methodType == null || methodType.isBlank()) {
      throw new IllegalArgumentException("authentication method needs a method_type");
    }
  }
}
