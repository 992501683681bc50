package io.cakewalk.mistral.connectors;

import java.util.Locale;

/** The owner of connector credentials: the path segment of the credentials endpoints. */
public enum CredentialScope {
  ORGANIZATION,
  WORKSPACE,
  USER;

  String path() {
    return name().toLowerCase(Locale.ROOT);
  }
}
