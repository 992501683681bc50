package io.cakewalk.oauth.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScopeTest {

  @Test
  void unionKeepsOrderAndDropsDuplicates() {
    Scope s = Scope.parse("a b").union(Scope.parse("b c"));
    assertThat(s.render()).isEqualTo("a b c");
  }

  @Test
  void blankParsesToEmptyWhichRendersAsAbsent() {
    assertThat(Scope.parse("  ").isEmpty()).isTrue();
    assertThat(Scope.parse(null).render()).isNull();
  }

  @Test
  void rejectsQuoteInToken() {
    assertThatThrownBy(() -> Scope.parse("a\"b")).isInstanceOf(IllegalArgumentException.class);
  }
}
