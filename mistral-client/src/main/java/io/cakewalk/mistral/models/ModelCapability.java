package io.cakewalk.mistral.models;

/** One capability flag of a model card, for filtering {@code listModels}. */
public enum ModelCapability {
  COMPLETION_CHAT,
  FUNCTION_CALLING,
  REASONING,
  COMPLETION_FIM,
  FINE_TUNING,
  VISION,
  OCR,
  CLASSIFICATION,
  MODERATION,
  AUDIO,
  AUDIO_TRANSCRIPTION,
  AUDIO_TRANSCRIPTION_REALTIME,
  AUDIO_SPEECH,
  UNIFIED_RESOURCES
}
