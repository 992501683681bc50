package io.cakewalk.cli.connect;

import io.cakewalk.mistral.MistralApiException;
import io.cakewalk.mistral.connectors.AuthUrl;
import io.cakewalk.mistral.connectors.Connector;
import io.cakewalk.mistral.connectors.ConnectorTool;
import io.cakewalk.mistral.connectors.ConnectorsClient;
import io.cakewalk.mistral.connectors.CreateConnectorRequest;
import io.cakewalk.mistral.connectors.CredentialScope;
import io.cakewalk.mistral.connectors.Credentials;
import io.cakewalk.mistral.connectors.UpdateConnectorRequest;
import io.cakewalk.mistral.connectors.Visibility;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Registers an MCP server as a Mistral connector through the Connectors API (mistral-api.md §10.3):
 * create, or look up by name and update by id; then authenticate (no credentials, a bearer token,
 * or OAuth in the user's browser, polled until Mistral reports it authenticated); then list the
 * tools Mistral sees.
 */
public final class MistralRegistration {

  /** The name of the credentials cakewalk stores with Mistral. */
  static final String CREDENTIALS = "cakewalk";

  private final ConnectorsClient api;
  private final Clock clock;

  public MistralRegistration(ConnectorsClient api, Clock clock) {
    this.api = api;
    this.clock = clock;
  }

  /** Creates the connector, or points the existing one of that name at {@code server}. */
  public Connector register(String name, String description, URI server, Visibility visibility) {
    Optional<Connector> existing = find(name);
    if (existing.isPresent()) {
      return api.update(
          existing.get().id(),
          new UpdateConnectorRequest(null, null, description, null, null, server.toString(), null));
    }
    return api.create(
        new CreateConnectorRequest(
            name,
            description,
            server.toString(),
            null,
            null,
            visibility,
            null,
            null,
            null,
            null,
            null,
            null));
  }

  /** Stores empty credentials: Mistral needs an authentication call even without any. */
  public void authenticateWithoutCredentials(String name) {
    api.saveCredentials(name, CredentialScope.USER, Credentials.none(CREDENTIALS));
  }

  /** Stores a bearer token for the connector. */
  public void authenticateWithBearer(String name, String token) {
    api.saveCredentials(name, CredentialScope.USER, Credentials.bearer(CREDENTIALS, token));
  }

  /** The URL the user opens to authorize Mistral at the server's authorization server. */
  public URI oauthUrl(String name, URI appReturnUrl) {
    AuthUrl url = api.authUrl(name, appReturnUrl == null ? null : appReturnUrl.toString(), null);
    return URI.create(url.authUrl());
  }

  /**
   * Polls until Mistral reports the connector authenticated, calling {@code tick} between polls.
   *
   * @return whether it became authenticated within {@code timeout}
   */
  public boolean awaitAuthenticated(String name, Duration timeout, Duration every, Runnable tick) {
    Instant deadline = clock.instant().plus(timeout);
    while (true) {
      if (api.get(name).authenticated()) {
        return true;
      }
      if (!clock.instant().isBefore(deadline)) {
        return false;
      }
      tick.run();
      try {
        Thread.sleep(every.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }

  /** The tools Mistral lists for the connector, fetched afresh from the server. */
  public List<ConnectorTool> tools(String name) {
    return api.listTools(name, true, null);
  }

  private Optional<Connector> find(String name) {
    try {
      return Optional.of(api.get(name));
    } catch (MistralApiException e) {
      if (e.statusCode() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }
}
