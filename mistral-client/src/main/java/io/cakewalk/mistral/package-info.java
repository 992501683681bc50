/**
 * The Mistral API client (https://docs.mistral.ai/api): {@link io.cakewalk.mistral.MistralClient},
 * its key, errors and response metadata.
 */
package io.cakewalk.mistral;
