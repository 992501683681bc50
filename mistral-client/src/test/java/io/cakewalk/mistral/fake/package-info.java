/** Test doubles: a loopback fake Mistral that enforces Mistral's rules and the OpenAPI contract. */
package io.cakewalk.mistral.fake;
