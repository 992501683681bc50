package io.cakewalk.cli.commands;

import io.cakewalk.mistral.ApiKey;
import io.cakewalk.mistral.MistralClient;
import java.net.URI;

/** Builds the Mistral client from {@code MISTRAL_API_KEY} and {@code MISTRAL_BASE_URL}. */
final class MistralSupport {

  private MistralSupport() {}

  /** Whether an API key is configured. */
  static boolean hasKey(Context context) {
    String key = context.env().get(ApiKey.ENV);
    return key != null && !key.isBlank();
  }

  static MistralClient client(Context context) {
    if (!hasKey(context)) {
      throw new CliException.Config(
          ApiKey.ENV
              + " is not set: create a key at https://console.mistral.ai/api-keys and export "
              + ApiKey.ENV
              + "=...");
    }
    MistralClient.Builder b =
        MistralClient.builder().apiKey(new ApiKey(context.env().get(ApiKey.ENV).strip()));
    String base = context.env().get(MistralClient.BASE_URL_ENV);
    if (base != null && !base.isBlank()) {
      b.baseUrl(URI.create(base.strip()));
    }
    return b.build();
  }
}
