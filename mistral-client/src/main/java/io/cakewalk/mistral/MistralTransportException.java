package io.cakewalk.mistral;

/** The API could not be reached or the connection failed mid-way (IO error, timeout, idle). */
public final class MistralTransportException extends MistralException {

  private static final long serialVersionUID = 1L;

  public MistralTransportException(String message, Throwable cause) {
    super(message, cause);
  }
}
