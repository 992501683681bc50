package io.cakewalk.mistral.connectors;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where to send the user's browser to authorise a connector ({@code AuthUrlResponse}).
 *
 * @param authUrl the URL to open
 * @param ttl validity in seconds
 */
public record AuthUrl(@JsonProperty("auth_url") String authUrl, Integer ttl) {}
