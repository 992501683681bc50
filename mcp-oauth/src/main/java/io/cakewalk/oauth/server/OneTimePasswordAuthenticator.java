package io.cakewalk.oauth.server;

import io.cakewalk.oauth.internal.Secrets;
import java.util.Optional;

/**
 * The demo {@link Authenticator}: one user whose password is generated when the process starts and
 * shown once to the operator (for example on the gateway's console). There is no fixed default
 * password; a restart generates a new one.
 *
 * <pre>{@code
 * OneTimePasswordAuthenticator login = OneTimePasswordAuthenticator.generate("admin");
 * System.out.println("log in as admin with " + login.revealPassword());
 * }</pre>
 */
public final class OneTimePasswordAuthenticator implements Authenticator {

  private final String username;
  private final String password;

  private OneTimePasswordAuthenticator(String username, String password) {
    this.username = username;
    this.password = password;
  }

  /** An authenticator for {@code username} with a fresh random password (120 bits). */
  public static OneTimePasswordAuthenticator generate(String username) {
    if (username == null || username.isBlank()) {
      throw new IllegalArgumentException("username must not be blank");
    }
    return new OneTimePasswordAuthenticator(username, Secrets.random(15));
  }

  /** The user name to log in with. */
  public String username() {
    return username;
  }

  /** The generated password, to show the operator once. */
  public String revealPassword() {
    return password;
  }

  @Override
  public Optional<String> authenticate(String username, String password) {
    boolean userOk = Secrets.equal(this.username, username);
    boolean passwordOk = Secrets.equal(this.password, password);
    return userOk && passwordOk ? Optional.of(this.username) : Optional.empty();
  }

  @Override
  public String toString() {
    return "OneTimePasswordAuthenticator[" + username + ", password=***]";
  }
}
