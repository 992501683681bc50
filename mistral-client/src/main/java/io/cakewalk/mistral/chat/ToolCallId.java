package io.cakewalk.mistral.chat;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * A Mistral tool-call id: exactly 9 characters from {@code [A-Za-z0-9]}. Ids in a replayed history
 * must have this form, or Mistral answers 400 {@code invalid_function_call}.
 *
 * @param value the id
 */
public record ToolCallId(String value) {

  private static final Pattern FORM = Pattern.compile("^[a-zA-Z0-9]{9}$");
  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  public ToolCallId {
    if (!isValid(value)) {
      throw new IllegalArgumentException(
          "Tool call id '" + value + "' is invalid: it must be 9 characters from a-z, A-Z, 0-9");
    }
  }

  /** Whether {@code value} has the 9-alphanumeric form. */
  public static boolean isValid(String value) {
    return value != null && FORM.matcher(value).matches();
  }

  /** A fresh random id. */
  public static ToolCallId random() {
    char[] c = new char[9];
    for (int i = 0; i < c.length; i++) {
      c[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
    }
    return new ToolCallId(new String(c));
  }

  @Override
  public String toString() {
    return value;
  }
}
