/** Model cards and capabilities ({@code GET /v1/models}, spec {@code BaseModelCard}). */
package io.cakewalk.mistral.models;
