package io.cakewalk.oauth.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.mcp.internal.Json;
import io.cakewalk.mcp.testing.NodePeer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the MCP conformance suite's {@code authorization} check (metadata and a real authorization
 * code grant with PKCE) against our authorization server, with {@link HeadlessBrowser} signing in
 * and approving on our pages.
 */
class AuthorizationServerConformanceIT {

  @Test
  void conformanceAuthorizationCheckPasses() throws Exception {
    Path out = Path.of("target", "as-conformance");
    deleteTree(out);
    try (OAuthHarness h = OAuthHarness.start()) {
      h.as.preRegisterClient(
          "conf-public",
          Optional.empty(),
          List.of("http://127.0.0.1/callback", "http://localhost/callback"),
          "Conformance");
      int callbackPort = NodePeer.freePort();
      String conformance =
          NodePeer.module("conformance", "@modelcontextprotocol/conformance/dist/index.js");
      try (NodePeer peer =
          NodePeer.start(
              "as-conformance",
              List.of(
                  conformance,
                  "authorization",
                  "--url",
                  h.base,
                  "--client-id",
                  "conf-public",
                  "--resource",
                  h.resource,
                  "--port",
                  "" + callbackPort,
                  "-o",
                  out.toString()),
              Map.of(),
              0)) {
        URI authorizationUrl = awaitAuthorizationUrl(peer, h.base);
        new HeadlessBrowser(h.login.username(), h.login.revealPassword()).approve(authorizationUrl);
        assertThat(peer.process().waitFor(120, TimeUnit.SECONDS)).as(peer.tail()).isTrue();
        List<Map<String, Object>> checks = checks(out);
        assertThat(checks)
            .extracting(c -> c.get("id"))
            .contains(
                "authorization-server-metadata",
                "authorization-server-metadata-cimd",
                "authorization-code-grant");
        assertThat(checks)
            .allSatisfy(c -> assertThat(c.get("status")).as(Json.write(c)).isEqualTo("SUCCESS"));
        assertThat(peer.process().exitValue()).as(peer.tail()).isZero();
      }
    }
  }

  private static URI awaitAuthorizationUrl(NodePeer peer, String base) throws Exception {
    for (int i = 0; i < 600; i++) {
      Optional<String> url =
          peer.tail().lines().filter(l -> l.startsWith(base + "/authorize?")).findFirst();
      if (url.isPresent()) {
        return URI.create(url.get().trim());
      }
      if (!peer.process().isAlive()) {
        break;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("conformance printed no authorization URL:\n" + peer.tail());
  }

  /** Every check of this run (one checks.json per scenario). */
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> checks(Path out) throws IOException {
    List<Map<String, Object>> all = new java.util.ArrayList<>();
    try (Stream<Path> files = Files.walk(out)) {
      for (Path file :
          files.filter(p -> p.getFileName().toString().equals("checks.json")).toList()) {
        all.addAll(Json.MAPPER.readValue(Files.readString(file), List.class));
      }
    }
    return all;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
