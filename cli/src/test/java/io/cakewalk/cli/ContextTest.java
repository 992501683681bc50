package io.cakewalk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.cli.commands.Context;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContextTest {

  @Test
  void cakewalkHomeWins() {
    assertThat(Context.configDir(Map.of("CAKEWALK_HOME", "/c", "XDG_CONFIG_HOME", "/x"), "/home/u"))
        .isEqualTo(Path.of("/c"));
  }

  @Test
  void xdgConfigHomeComesNext() {
    assertThat(Context.configDir(Map.of("XDG_CONFIG_HOME", "/x"), "/home/u"))
        .isEqualTo(Path.of("/x/cakewalk"));
  }

  @Test
  void defaultsToDotConfig() {
    assertThat(Context.configDir(Map.of("XDG_CONFIG_HOME", ""), "/home/u"))
        .isEqualTo(Path.of("/home/u/.config/cakewalk"));
  }

  @Test
  void noColourWhenNoColorIsSetOrNotATerminal() {
    Path dir = Path.of("/tmp");
    assertThat(new Context(Map.of(), dir, true, null, null).colour()).isTrue();
    assertThat(new Context(Map.of("NO_COLOR", "1"), dir, true, null, null).colour()).isFalse();
    assertThat(new Context(Map.of(), dir, false, null, null).colour()).isFalse();
  }
}
