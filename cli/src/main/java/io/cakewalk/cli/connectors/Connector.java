package io.cakewalk.cli.connectors;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One entry of the local registry. It never holds a secret: bearer tokens are named by their
 * environment variable, and header values that look like credentials must be {@code ${VAR}}
 * references.
 *
 * @param name the connector name
 * @param url the MCP endpoint
 * @param auth how to authenticate
 * @param tokenEnv for {@link AuthMethod#BEARER}, the variable holding the token, else {@code null}
 * @param headers extra {@code Name: value} headers, unexpanded
 * @param description optional description, used when registering with Mistral
 */
public record Connector(
    String name,
    URI url,
    AuthMethod auth,
    String tokenEnv,
    List<String> headers,
    String description) {

  private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern ONLY_VARIABLES =
      Pattern.compile("(\\s*\\$\\{[A-Za-z_][A-Za-z0-9_]*}\\s*|Bearer|Basic)+");
  private static final Pattern SECRET_NAME =
      Pattern.compile(".*(authorization|key|token|secret|password|cookie|credential).*");

  public Connector {
    new ConnectorName(name);
    if (url == null
        || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))
        || url.getHost() == null) {
      throw new IllegalArgumentException("connector URL '" + url + "' must be an http(s) URL");
    }
    auth = auth == null ? AuthMethod.NONE : auth;
    if ((auth == AuthMethod.BEARER) != (tokenEnv != null)) {
      throw new IllegalArgumentException(
          "bearer auth needs --token-env VAR (and only bearer auth takes one)");
    }
    if (tokenEnv != null && !ENV_NAME.matcher(tokenEnv).matches()) {
      throw new IllegalArgumentException("'" + tokenEnv + "' is not an environment variable name");
    }
    headers = headers == null ? List.of() : List.copyOf(headers);
    for (String header : headers) {
      int colon = header.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException("header '" + header + "' is not 'Name: value'");
      }
      String headerName = header.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = header.substring(colon + 1).strip();
      if (SECRET_NAME.matcher(headerName).matches() && !ONLY_VARIABLES.matcher(value).matches()) {
        throw new IllegalArgumentException(
            "header "
                + header.substring(0, colon).strip()
                + " looks like a credential: store a ${VAR} reference instead of its value");
      }
    }
  }
}
