package io.cakewalk.cli.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class HeaderParserTest {

  @Test
  void expandsVariablesAndLaterHeadersWinCaseInsensitively() {
    Map<String, String> headers =
        HeaderParser.parse(
            List.of("X-Key: ${KEY}", "x-key: second ${KEY}", "Accept-Language:  de "),
            Map.of("KEY", "v"));
    assertThat(headers)
        .containsExactly(Map.entry("x-key", "second v"), Map.entry("Accept-Language", "de"));
  }

  @Test
  void unsetVariableNamesItButNotOtherValues() {
    assertThatThrownBy(() -> HeaderParser.parse(List.of("A: ${MISSING}"), Map.of()))
        .isInstanceOf(HeaderParser.UnsetVariableException.class)
        .hasMessageContaining("MISSING");
  }

  @Test
  void rejectsEntriesWithoutANameOrWithLineBreaks() {
    assertThatThrownBy(() -> HeaderParser.parse(List.of("no colon"), Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HeaderParser.parse(List.of("Bad Name: x"), Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HeaderParser.parse(List.of("A: ${V}"), Map.of("V", "x\r\nEvil: 1")))
        .hasMessageContaining("line breaks");
  }

  @Test
  void readsDurationsPeopleType() {
    DurationConverter c = new DurationConverter();
    assertThat(c.convert("30")).isEqualTo(Duration.ofSeconds(30));
    assertThat(c.convert("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(c.convert("2m")).isEqualTo(Duration.ofMinutes(2));
    assertThatThrownBy(() -> c.convert("0s")).isInstanceOf(TypeConversionException.class);
    assertThatThrownBy(() -> c.convert("soon")).isInstanceOf(TypeConversionException.class);
  }

  @Test
  void readsProtocolChoices() {
    assertThat(ProtocolChoice.parse("legacy")).isEqualTo(ProtocolChoice.LEGACY);
    assertThat(ProtocolChoice.parse("AUTO")).isEqualTo(ProtocolChoice.AUTO);
    assertThat(ProtocolChoice.parse("2026-07-28").version().isModern()).isTrue();
    assertThatThrownBy(() -> ProtocolChoice.parse("2020-01-01"))
        .hasMessageContaining("legacy, auto or one of");
  }
}
