package io.cakewalk.mistral.models;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A model (spec {@code BaseModelCard} or {@code FTModelCard}).
 *
 * @param id model id, required
 * @param type {@code base} or {@code fine-tuned}
 * @param name display name
 * @param description description
 * @param ownedBy owner
 * @param created Unix seconds
 * @param capabilities capability flags
 * @param maxContextLength context length in tokens
 * @param aliases other ids of the same model
 * @param deprecation deprecation date-time, or {@code null}
 * @param deprecationReplacementModel suggested replacement
 * @param defaultModelTemperature default temperature
 * @param archived fine-tuned models only
 */
public record ModelCard(
    String id,
    String type,
    String name,
    String description,
    @JsonProperty("owned_by") String ownedBy,
    Long created,
    ModelCapabilities capabilities,
    @JsonProperty("max_context_length") Integer maxContextLength,
    List<String> aliases,
    String deprecation,
    @JsonProperty("deprecation_replacement_model") String deprecationReplacementModel,
    @JsonProperty("default_model_temperature") Double defaultModelTemperature,
    Boolean archived) {

  public ModelCard {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("model card needs an id");
    }
    capabilities = capabilities == null ? new ModelCapabilities(null) : capabilities;
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }

  /** Whether the model has every given capability. */
  public boolean supports(ModelCapability... required) {
    for (ModelCapability c : required) {
      if (!capabilities.supports(c)) {
        return false;
      }
    }
    return true;
  }
}
