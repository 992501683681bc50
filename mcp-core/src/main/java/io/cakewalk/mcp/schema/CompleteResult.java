package io.cakewalk.mcp.schema;

import java.util.List;

/**
 * The result of {@code completion/complete}: {@code {"completion": {values, total?, hasMore?}}}.
 *
 * @param completion the suggested values
 */
public record CompleteResult(Completion completion) {

  public CompleteResult {
    if (completion == null) {
      throw new IllegalArgumentException("complete result needs a completion");
    }
  }

  /** A result with the given values and nothing more. */
  public static CompleteResult of(List<String> values) {
    return new CompleteResult(new Completion(values, values.size(), false));
  }

  /**
   * The suggested values (at most 100).
   *
   * @param values the values, never {@code null}
   * @param total optional total number of matches
   * @param hasMore optional flag: more values exist
   */
  public record Completion(List<String> values, Integer total, Boolean hasMore) {
    public Completion {
      values = values == null ? List.of() : List.copyOf(values);
      if (values.size() > 100) {
        throw new IllegalArgumentException("a completion holds at most 100 values");
      }
    }
  }
}
