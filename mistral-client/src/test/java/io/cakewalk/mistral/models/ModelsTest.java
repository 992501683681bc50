package io.cakewalk.mistral.models;

import static org.assertj.core.api.Assertions.assertThat;

import io.cakewalk.mistral.MistralClient;
import io.cakewalk.mistral.fake.FakeMistral;
import io.cakewalk.mistral.fake.OpenApiContract;
import io.cakewalk.mistral.fake.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ModelsTest {

  static final String LIST =
      """
      {"object":"list","data":[
        {"id":"mistral-small-latest","object":"model","created":1,"owned_by":"mistralai","type":"base",
         "capabilities":{"completion_chat":true,"function_calling":true,"vision":true,"future_flag":true},
         "max_context_length":131072,"aliases":["mistral-small-2506"]},
        {"id":"mistral-embed","object":"model","created":1,"owned_by":"mistralai","type":"base",
         "capabilities":{"completion_chat":false,"function_calling":false}},
        {"id":"ft:open-mistral-7b:abc","object":"model","created":1,"owned_by":"me","type":"fine-tuned",
         "job":"3fa85f64-5717-4562-b3fc-2c963f66afa6","root":"open-mistral-7b","archived":false,
         "capabilities":{"completion_chat":true,"function_calling":false,"fine_tuning":true}}]}""";

  private final FakeMistral fake =
      FakeMistral.start().route("GET", "/v1/models", null, r -> Reply.ok(LIST));
  private final MistralClient client = fake.client();

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void fixtureMatchesSpec() {
    assertThat(OpenApiContract.validate("ModelList", LIST)).isEmpty();
  }

  @Test
  void listsAllModelsWithCapabilities() {
    var models = client.listModels();
    assertThat(models)
        .extracting(ModelCard::id)
        .containsExactly("mistral-small-latest", "mistral-embed", "ft:open-mistral-7b:abc");
    ModelCard small = models.get(0);
    assertThat(small.maxContextLength()).isEqualTo(131072);
    assertThat(small.capabilities().supports(ModelCapability.VISION)).isTrue();
    assertThat(small.capabilities().flag("future_flag")).isTrue();
    assertThat(models.get(2).type()).isEqualTo("fine-tuned");
  }

  @Test
  void filtersByCapability() {
    assertThat(client.listModels(ModelCapability.FUNCTION_CALLING))
        .extracting(ModelCard::id)
        .containsExactly("mistral-small-latest");
    assertThat(client.listModels(ModelCapability.COMPLETION_CHAT, ModelCapability.FINE_TUNING))
        .extracting(ModelCard::id)
        .containsExactly("ft:open-mistral-7b:abc");
  }

  @Test
  void retrievesOneModel() {
    fake.route(
        "GET",
        "/v1/models/mistral-small-latest",
        null,
        r ->
            Reply.ok(
                "{\"id\":\"mistral-small-latest\",\"capabilities\":{\"function_calling\":true}}"));
    assertThat(client.model("mistral-small-latest").supports(ModelCapability.FUNCTION_CALLING))
        .isTrue();
  }
}
