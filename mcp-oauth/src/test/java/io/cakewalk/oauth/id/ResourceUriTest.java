package io.cakewalk.oauth.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResourceUriTest {

  @Test
  void lowercasesSchemeAndHostAndDropsFragmentButKeepsPath() {
    assertThat(ResourceUri.of("HTTPS://MCP.Example.com:8443/Mcp#x").toString())
        .isEqualTo("https://mcp.example.com:8443/Mcp");
  }

  @Test
  void originHasNoPath() {
    assertThat(ResourceUri.of("http://localhost:3000/mcp").origin().toString())
        .isEqualTo("http://localhost:3000");
  }

  @Test
  void exactMatchByDefaultPrefixOnlyWhenAllowed() {
    ResourceUri mcp = ResourceUri.of("https://h/api/mcp");
    ResourceUri prefix = ResourceUri.of("https://h/api");
    assertThat(mcp.matches(prefix, false)).isFalse();
    assertThat(mcp.matches(prefix, true)).isTrue();
    assertThat(mcp.matches(ResourceUri.of("https://h/ap"), true)).isFalse();
    assertThat(mcp.matches(ResourceUri.of("https://other/api/mcp"), true)).isFalse();
  }

  @Test
  void rejectsNonHttpSchemes() {
    assertThatThrownBy(() -> ResourceUri.of("file:///etc/passwd"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
