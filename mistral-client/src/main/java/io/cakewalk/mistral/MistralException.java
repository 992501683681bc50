package io.cakewalk.mistral;

/**
 * Base of every failure the Mistral client reports: an error answer from the API ({@link
 * MistralApiException}) or a failure to reach it ({@link MistralTransportException}).
 */
public abstract sealed class MistralException extends RuntimeException
    permits MistralApiException, MistralTransportException {

  private static final long serialVersionUID = 1L;

  MistralException(String message, Throwable cause) {
    super(message, cause);
  }
}
