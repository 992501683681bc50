package io.cakewalk.mistral;

/**
 * An error answer (non-2xx) from the Mistral API, with the parsed error and the correlation id to
 * quote to Mistral support. See the error glossary at https://docs.mistral.ai.
 */
public final class MistralApiException extends MistralException {

  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final ApiError error;
  private final String correlationId;
  private final String body;

  /**
   * Creates the exception.
   *
   * @param statusCode HTTP status
   * @param error parsed error, never {@code null} (all parts may be {@code null})
   * @param correlationId value of {@code mistral-correlation-id}, or {@code null}
   * @param body raw body, already redacted and truncated
   */
  public MistralApiException(int statusCode, ApiError error, String correlationId, String body) {
    super(describe(statusCode, error, correlationId), null);
    this.statusCode = statusCode;
    this.error = error;
    this.correlationId = correlationId;
    this.body = body;
  }

  private static String describe(int status, ApiError error, String correlationId) {
    StringBuilder sb = new StringBuilder("Mistral API answered ").append(status);
    String kind =
        error.code() != null && error.type() != null
            ? error.type() + "/" + error.code()
            : error.type() != null ? error.type() : error.code();
    if (kind != null) {
      sb.append(" (").append(kind).append(')');
    }
    sb.append(": ").append(error.message() != null ? error.message() : hint(status));
    if (correlationId != null) {
      sb.append(" [request id ").append(correlationId).append(']');
    }
    return sb.toString();
  }

  private static String hint(int status) {
    switch (status) {
      case 401:
        return "the API key is missing or invalid; check MISTRAL_API_KEY";
      case 403:
        return "the key may not use this model or resource";
      case 404:
        return "unknown model or resource";
      case 429:
        return "rate limit exceeded; retry later";
      default:
        return status >= 500 ? "server error; retry later" : "request rejected";
    }
  }

  /** The HTTP status code. */
  public int statusCode() {
    return statusCode;
  }

  /** The parsed error. */
  public ApiError error() {
    return error;
  }

  /** The error type, or {@code null}. */
  public String type() {
    return error.type();
  }

  /** The error code, or {@code null}. */
  public String code() {
    return error.code();
  }

  /** The offending parameter, or {@code null}. */
  public String param() {
    return error.param();
  }

  /** The API's human-readable message, or {@code null}. */
  public String message() {
    return error.message();
  }

  /** The {@code mistral-correlation-id} (request id), or {@code null}. */
  public String correlationId() {
    return correlationId;
  }

  /** The raw body, redacted and truncated. */
  public String body() {
    return body;
  }

  /** Whether retrying later may succeed (429 and 5xx). */
  public boolean retryable() {
    return statusCode == 429 || statusCode >= 500;
  }
}
