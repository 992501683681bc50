package io.cakewalk.mistral.models;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The capability flags of a model (spec {@code ModelCapabilities}). Flags are kept by wire name, so
 * capabilities this client does not know yet are still readable with {@link #flag(String)}.
 */
public final class ModelCapabilities {

  private final Map<String, Boolean> flags = new LinkedHashMap<>();

  /** Capabilities from wire-name flags, e.g. {@code function_calling -> true}. */
  public ModelCapabilities(Map<String, Boolean> flags) {
    if (flags != null) {
      this.flags.putAll(flags);
    }
  }

  @JsonCreator
  ModelCapabilities() {}

  @JsonAnySetter
  void set(String name, Object value) {
    if (value instanceof Boolean b) {
      flags.put(name, b);
    }
  }

  /** Whether the model has the capability (absent means false). */
  public boolean supports(ModelCapability capability) {
    return flag(capability.name().toLowerCase(Locale.ROOT));
  }

  /** A flag by wire name (absent means false). */
  public boolean flag(String wireName) {
    return Boolean.TRUE.equals(flags.get(wireName));
  }

  /** All flags by wire name. */
  public Map<String, Boolean> flags() {
    return Collections.unmodifiableMap(flags);
  }

  @Override
  public String toString() {
    return "ModelCapabilities" + flags;
  }
}
