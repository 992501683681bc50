package io.cakewalk.mistral;

/**
 * The parsed body of a Mistral error answer; every part may be {@code null} when the body does not
 * carry it.
 *
 * @param type error type, e.g. {@code invalid_request_error}, {@code rate_limited}
 * @param code error code, e.g. {@code unknown_model} or a numeric code such as {@code 1300}
 * @param param the offending request parameter
 * @param message human-readable text; for validation lists each entry as {@code loc: msg}
 */
public record ApiError(String type, String code, String param, String message) {}
