package io.cakewalk.mcp.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cakewalk.mcp.internal.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordArgumentsTest {

  record Scalars(String s, boolean b, int i, long l, double d, Integer bi, Double bd) {}

  record Positive(int n) {
    Positive {
      if (n < 0) {
        throw new IllegalArgumentException("n must be >= 0");
      }
    }
  }

  record Renamed(@JsonProperty("first_name") String firstName) {}

  record Nested(List<String> tags) {}

  private static Map<String, Object> args(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private static <A> void sameAsMapper(Class<A> type, Map<String, Object> arguments) {
    assertThat(RecordArguments.of(type).convert(arguments))
        .isEqualTo(Json.convert(arguments, type));
  }

  @Test
  void convertsLikeTheMapperForEveryShapeOfInput() {
    sameAsMapper(
        Scalars.class, args("s", "x", "b", true, "i", 3, "l", 4, "d", 2, "bi", 5, "bd", 1.5));
    sameAsMapper(
        Scalars.class,
        args("s", "x", "b", false, "i", 3, "l", 1L << 40, "d", 2.25, "bi", 5, "bd", 7));
    // missing, extra, null and differently typed values fall back to the mapper's coercions
    sameAsMapper(Scalars.class, args("s", "x", "i", 3));
    sameAsMapper(
        Scalars.class,
        args("s", "x", "b", true, "i", "3", "l", 4, "d", "2.5", "bi", null, "bd", 1.5));
    sameAsMapper(
        Scalars.class,
        args("s", "x", "b", true, "i", 3, "l", 4, "d", 2, "bi", 5, "bd", 1.5, "extra", 1));
    sameAsMapper(Renamed.class, args("first_name", "Ada"));
    sameAsMapper(Nested.class, args("tags", List.of("a", "b")));
  }

  @Test
  void theRecordsOwnCheckStillRejectsValues() {
    assertThat(RecordArguments.of(Positive.class).convert(args("n", 2))).isEqualTo(new Positive(2));
    assertThatThrownBy(() -> RecordArguments.of(Positive.class).convert(args("n", -1)))
        .isInstanceOf(RuntimeException.class);
  }
}
