package io.cakewalk.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cakewalk.mistral.fake.Completions;
import io.cakewalk.mistral.fake.FakeMistral;
import io.cakewalk.mistral.fake.Received;
import io.cakewalk.mistral.fake.Reply;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Runs the example against a real MCP server and the fake Mistral, configured by environment. */
class ToolCallingChatTest {

  private final WeatherServer mcp = new WeatherServer();
  private final FakeMistral fake = FakeMistral.start();

  @AfterEach
  void stop() {
    mcp.close();
    fake.close();
  }

  @Test
  void streamsTheAnswerAfterPrintingEachToolCall() {
    fake.onChat(
        r ->
            r.body().contains("\"role\":\"tool\"")
                ? Reply.sse(Completions.textChunks("It is ", "18C in Paris."))
                : Reply.sse(
                    List.of(
                        Completions.toolCallsChunk(
                            List.of(
                                Map.entry(
                                    "AAAAAAAA1",
                                    new String[] {"weather_get", "{\"city\":\"Paris\"}"}))))));
    Map<String, String> env =
        Map.of(
            "MCP_URL",
            mcp.url(),
            "MISTRAL_API_KEY",
            FakeMistral.KEY,
            "MISTRAL_BASE_URL",
            fake.uri().toString(),
            "MISTRAL_MODEL",
            "mistral-small-latest");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    ToolCallingChat.run(
        env::get, "Weather in Paris?", new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo("-> weather.get {city=Paris}\nIt is 18C in Paris.\n");
    List<Received> requests = fake.chatRequests();
    assertThat(requests).hasSize(2);
    assertThat(requests.get(0).json())
        .containsEntry("model", "mistral-small-latest")
        .containsEntry("stream", true);
    assertThat(requests.get(1).body()).contains("18C in Paris");
  }

  @Test
  void missingApiKeyIsOneClearLine() {
    Map<String, String> env = Map.of("MCP_URL", mcp.url());
    assertThatThrownBy(
            () -> ToolCallingChat.run(env::get, "hi", new PrintStream(new ByteArrayOutputStream())))
        .hasMessageContaining("MISTRAL_API_KEY")
        .hasMessageNotContaining("\n");
  }
}
