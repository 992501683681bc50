/** The Mistral API client: chat completions, streaming, models and the Connectors API. */
package io.cakewalk.mistral;
