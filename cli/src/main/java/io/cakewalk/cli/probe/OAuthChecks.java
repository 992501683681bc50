package io.cakewalk.cli.probe;

import io.cakewalk.mcp.AuthChallenge;
import io.cakewalk.mcp.internal.Json;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * The OAuth half of the readiness probe: protected resource metadata (RFC 9728 §3, §5), then the
 * authorization server's metadata (RFC 8414 §3, OpenID Connect Discovery), registration endpoint
 * (RFC 7591) and PKCE methods (RFC 7636), each location reported on its own.
 */
final class OAuthChecks {

  private final ProbeHttp http;
  private final List<Check> checks;

  OAuthChecks(ProbeHttp http, List<Check> checks) {
    this.http = http;
    this.checks = checks;
  }

  void run(URI resource, AuthChallenge challenge) {
    Map<String, Object> prm = protectedResource(resource, challenge);
    if (prm == null) {
      return;
    }
    List<?> servers = prm.get("authorization_servers") instanceof List<?> l ? l : List.of();
    if (servers.isEmpty()) {
      checks.add(
          Check.fail(
              "authorization servers",
              "the metadata lists no authorization_servers",
              "list the issuer URL of your authorization server in authorization_servers"));
      return;
    }
    URI issuer = URI.create(String.valueOf(servers.get(0)));
    Map<String, Object> as = authorizationServer(issuer);
    if (as != null) {
      capabilities(as);
    }
  }

  private Map<String, Object> protectedResource(URI resource, AuthChallenge challenge) {
    LinkedHashSet<URI> locations = new LinkedHashSet<>();
    if (challenge != null && challenge.resourceMetadata().isPresent()) {
      locations.add(resource.resolve(challenge.resourceMetadata().get()));
    }
    String path = resource.getRawPath() == null ? "" : resource.getRawPath();
    URI origin = origin(resource);
    if (!path.isEmpty() && !path.equals("/")) {
      locations.add(URI.create(origin + "/.well-known/oauth-protected-resource" + path));
    }
    locations.add(URI.create(origin + "/.well-known/oauth-protected-resource"));
    Map<String, Object> found = null;
    for (URI location : locations) {
      Map<String, Object> doc = fetch("resource metadata", location);
      if (doc != null && found == null) {
        found = doc;
        Object declared = doc.get("resource");
        if (declared != null && !sameResource(String.valueOf(declared), resource)) {
          checks.add(
              Check.warn(
                  "resource",
                  "metadata names resource " + declared,
                  "set resource to the MCP endpoint URL " + resource));
        }
      }
    }
    if (found == null) {
      checks.add(
          Check.fail(
              "resource metadata",
              "no protected resource metadata found",
              "serve RFC 9728 metadata listing authorization_servers at"
                  + " /.well-known/oauth-protected-resource and its path-inserted form"));
    }
    return found;
  }

  private Map<String, Object> authorizationServer(URI issuer) {
    URI origin = origin(issuer);
    String path = issuer.getRawPath() == null ? "" : issuer.getRawPath().replaceAll("/$", "");
    List<URI> locations = new ArrayList<>();
    locations.add(URI.create(origin + "/.well-known/oauth-authorization-server" + path));
    locations.add(URI.create(origin + "/.well-known/openid-configuration" + path));
    if (!path.isEmpty()) {
      locations.add(URI.create(origin + path + "/.well-known/openid-configuration"));
    }
    Map<String, Object> found = null;
    int served = 0;
    for (URI location : locations) {
      Map<String, Object> doc = fetch("server metadata", location);
      if (doc == null) {
        continue;
      }
      served++;
      Object declared = doc.get("issuer");
      if (!issuer
          .toString()
          .replaceAll("/$", "")
          .equals(String.valueOf(declared).replaceAll("/$", ""))) {
        checks.add(
            Check.fail(
                "issuer",
                location + " names issuer " + declared,
                "the issuer in the metadata must equal " + issuer + " (RFC 8414 §3.3)"));
      } else if (found == null) {
        found = doc;
      }
    }
    if (served == 0) {
      checks.add(
          Check.fail(
              "server metadata",
              "no authorization server metadata for " + issuer,
              "serve RFC 8414 metadata at /.well-known/oauth-authorization-server and"
                  + " /.well-known/openid-configuration"));
    } else if (served == 1) {
      checks.add(
          Check.warn(
              "server metadata",
              "only one well-known location answers",
              "serve the same metadata at both /.well-known/oauth-authorization-server and"
                  + " /.well-known/openid-configuration; Le Chat's probe order is not documented"));
    }
    return found;
  }

  private void capabilities(Map<String, Object> as) {
    Object registration = as.get("registration_endpoint");
    checks.add(
        registration != null
            ? Check.pass("registration", "dynamic client registration at " + registration)
            : Check.fail(
                "registration",
                "no registration_endpoint",
                "Le Chat registers itself (RFC 7591): enable dynamic client registration, or"
                    + " register through the Mistral Connectors API with a pre-registered client"));
    checks.add(
        listed(as, "code_challenge_methods_supported", "S256")
            ? Check.pass("pkce", "S256 advertised")
            : Check.fail(
                "pkce",
                "code_challenge_methods_supported lacks S256",
                "support PKCE with S256 and advertise it in code_challenge_methods_supported"));
    checks.add(
        listed(as, "token_endpoint_auth_methods_supported", "client_secret_basic")
            ? Check.pass("client auth", "client_secret_basic supported")
            : Check.warn(
                "client auth",
                "client_secret_basic not advertised",
                "Le Chat registers a confidential client that authenticates with"
                    + " client_secret_basic; support it and return a client_secret"));
  }

  /** Fetches a JSON document, adding a check line for the location; {@code null} if absent. */
  private Map<String, Object> fetch(String what, URI location) {
    try {
      ProbeHttp.Response r = http.get(location);
      if (r.status() != 200) {
        checks.add(Check.skip(what, location + ": HTTP " + r.status()));
        return null;
      }
      Map<String, Object> doc = Json.object(r.body());
      checks.add(Check.pass(what, location + ": HTTP 200"));
      return doc;
    } catch (IOException | TimeoutException e) {
      checks.add(
          Check.warn(what, location + ": " + e.getClass().getSimpleName(), "make it reachable"));
    } catch (RuntimeException e) {
      checks.add(Check.warn(what, location + ": not a JSON object", "serve valid JSON"));
    }
    return null;
  }

  private static boolean listed(Map<String, Object> doc, String field, String value) {
    return doc.get(field) instanceof List<?> list && list.contains(value);
  }

  private static boolean sameResource(String declared, URI resource) {
    return declared.replaceAll("/$", "").equals(resource.toString().replaceAll("/$", ""));
  }

  private static URI origin(URI uri) {
    return URI.create(uri.getScheme() + "://" + uri.getRawAuthority());
  }
}
