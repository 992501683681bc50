package io.cakewalk.mistral.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cakewalk.mistral.MistralApiException;
import io.cakewalk.mistral.fake.FakeMistral;
import io.cakewalk.mistral.fake.Received;
import io.cakewalk.mistral.fake.Reply;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each endpoint against the fake, whose routes validate request bodies with the spec schemas. */
class ConnectorsClientTest {

  static final String UUID = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
  static final String CONNECTOR =
      "{\"id\":\""
          + UUID
          + "\",\"name\":\"gateway\",\"description\":\"d\",\"created_at\":\"2026-01-01T00:00:00Z\","
          + "\"modified_at\":\"2026-01-01T00:00:00Z\",\"owner_type\":\"workspace\",\"visibility\":\"shared_workspace\","
          + "\"private_tool_execution\":false,\"is_authenticated\":true,\"server\":\"https://mcp.example.com/mcp\"}";
  static final String OK = "{\"message\":\"done\"}";

  private final FakeMistral fake = FakeMistral.start();
  private final ConnectorsClient connectors = fake.client().connectors();

  @AfterEach
  void stop() {
    fake.close();
  }

  private Received last() {
    List<Received> all = fake.received();
    return all.get(all.size() - 1);
  }

  @Test
  void createSendsOnlySetFieldsAndValidBody() {
    fake.route("POST", "/v1/connectors", "CreateConnectorRequest", r -> Reply.json(201, CONNECTOR));
    Connector c =
        connectors.create(
            CreateConnectorRequest.builder(
                    "gateway", "Our gateway", URI.create("https://mcp.example.com/mcp"))
                .visibility(Visibility.SHARED_WORKSPACE)
                .title("Gateway")
                .globalHeaders(Map.of("X-Api-Key", new GlobalHeader("s3cret", true)))
                .authData(new AuthData("client-1", "shh"))
                .oauth2ServerMetadataUrl(
                    "https://auth.example.com/.well-known/oauth-authorization-server")
                .systemPrompt("Use the gateway.")
                .build());
    assertThat(c.id()).isEqualTo(UUID);
    assertThat(c.authenticated()).isTrue();
    assertThat(last().json())
        .containsEntry("visibility", "shared_workspace")
        .doesNotContainKeys("headers", "icon_url", "oauth2_server_metadata");
  }

  @Test
  void listFollowsCursors() {
    fake.route(
        "GET",
        "/v1/connectors",
        null,
        r ->
            r.query().contains("cursor=c2")
                ? Reply.ok("{\"items\":[],\"pagination\":{\"next_cursor\":null,\"page_size\":100}}")
                : Reply.ok(
                    "{\"items\":["
                        + CONNECTOR
                        + "],\"pagination\":{\"next_cursor\":\"c2\",\"page_size\":100}}"));
    assertThat(connectors.listAll()).extracting(Connector::name).containsExactly("gateway");
    assertThat(fake.received()).hasSize(2);
  }

  @Test
  void getUpdateDelete() {
    fake.route("GET", "/v1/connectors/gateway", null, r -> Reply.ok(CONNECTOR));
    fake.route(
        "PATCH", "/v1/connectors/" + UUID, "UpdateConnectorRequest", r -> Reply.ok(CONNECTOR));
    fake.route("DELETE", "/v1/connectors/" + UUID, null, r -> Reply.ok(OK));
    assertThat(connectors.get("gateway").server()).isEqualTo("https://mcp.example.com/mcp");
    connectors.update(
        UUID,
        new UpdateConnectorRequest(
            "New",
            null,
            null,
            null,
            null,
            "https://mcp2.example.com/mcp",
            List.of(
                new AuthMethodUpdate(
                    "bearer", List.of(new AuthHeader("Authorization", true, true)), null, null))));
    assertThat(last().json())
        .containsEntry("server", "https://mcp2.example.com/mcp")
        .doesNotContainKey("name");
    assertThat(connectors.delete(UUID)).isEqualTo("done");
  }

  @Test
  void authenticationMethodsCredentialsAndAuthUrl() {
    fake.route(
        "GET",
        "/v1/connectors/gateway/authentication_methods",
        null,
        r ->
            Reply.ok(
                "[{\"method_type\":\"oauth2\",\"has_default_credentials\":false,\"global_headers\":{}}]"));
    fake.route(
        "POST",
        "/v1/connectors/gateway/user/credentials",
        "CredentialsCreateOrUpdate",
        r -> Reply.ok(OK));
    fake.route(
        "GET",
        "/v1/connectors/gateway/workspace/credentials",
        null,
        r ->
            Reply.ok(
                "{\"credentials\":[{\"name\":\"cakewalk\",\"authentication_type\":\"bearer\",\"scope\":\"workspace\",\"is_default\":true}]}"));
    fake.route(
        "DELETE", "/v1/connectors/gateway/user/credentials/cakewalk", null, r -> Reply.ok(OK));
    fake.route(
        "GET",
        "/v1/connectors/gateway/auth_url",
        null,
        r -> Reply.ok("{\"auth_url\":\"https://auth.example.com/authorize?x=1\",\"ttl\":600}"));

    assertThat(connectors.authenticationMethods("gateway"))
        .extracting(AuthenticationMethod::methodType)
        .containsExactly("oauth2");
    assertThat(
            connectors.saveCredentials(
                "gateway", CredentialScope.USER, Credentials.bearer("cakewalk", "tok-123")))
        .isEqualTo("done");
    assertThat(last().json())
        .isEqualTo(
            Map.of(
                "name",
                "cakewalk",
                "is_default",
                true,
                "credentials",
                Map.of("bearer_token", "tok-123")));
    assertThat(Credentials.bearer("cakewalk", "tok-123").toString()).doesNotContain("tok-123");
    connectors.saveCredentials("gateway", CredentialScope.USER, Credentials.none("cakewalk"));
    assertThat(last().json()).containsEntry("credentials", Map.of("headers", Map.of()));
    assertThat(connectors.listCredentials("gateway", CredentialScope.WORKSPACE))
        .extracting(StoredCredentials::isDefault)
        .containsExactly(true);
    assertThat(connectors.deleteCredentials("gateway", CredentialScope.USER, "cakewalk"))
        .isEqualTo("done");
    AuthUrl url = connectors.authUrl("gateway", "http://127.0.0.1:9/done", null);
    assertThat(url.ttl()).isEqualTo(600);
    assertThat(last().query()).isEqualTo("app_return_url=http%3A%2F%2F127.0.0.1%3A9%2Fdone");
  }

  @Test
  void listAndCallTools() {
    fake.route(
        "GET",
        "/v1/connectors/gateway/tools",
        null,
        r ->
            Reply.ok(
                "[{\"name\":\"search\",\"description\":\"Search\",\"inputSchema\":{\"type\":\"object\"}}]"));
    fake.route(
        "POST",
        "/v1/connectors/gateway/tools/search/call",
        "ConnectorCallToolRequest",
        r ->
            Reply.ok(
                "{\"content\":[{\"type\":\"text\",\"text\":\"3 hits\"}],\"metadata\":{\"mcp_meta\":{\"isError\":false,\"structuredContent\":{\"hits\":3}}}}"));
    assertThat(connectors.listTools("gateway", true, null))
        .extracting(ConnectorTool::name)
        .containsExactly("search");
    assertThat(last().query()).contains("refresh=true");
    ConnectorToolResult result =
        connectors.callTool("gateway", "search", Map.of("q", "x"), "cakewalk");
    assertThat(result.text()).isEqualTo("3 hits");
    assertThat(result.isError()).isFalse();
    assertThat(result.structuredContent()).isEqualTo(Map.of("hits", 3));
    assertThat(last().json()).isEqualTo(Map.of("arguments", Map.of("q", "x")));
    assertThat(last().query()).isEqualTo("credentials_name=cakewalk");
  }

  @Test
  void notFoundIsAnApiException() {
    assertThatThrownBy(() -> connectors.get("missing"))
        .isInstanceOfSatisfying(
            MistralApiException.class, e -> assertThat(e.statusCode()).isEqualTo(404));
  }

  @Test
  void rejectsInvalidNamesBeforeSending() {
    assertThatThrownBy(
            () ->
                CreateConnectorRequest.builder("my gateway", "", URI.create("https://x/mcp"))
                    .build())
        .hasMessageContaining("Connector name");
    assertThatThrownBy(
            () -> CreateConnectorRequest.builder("ok", "", URI.create("ftp://x/mcp")).build())
        .hasMessageContaining("http(s)");
  }
}
