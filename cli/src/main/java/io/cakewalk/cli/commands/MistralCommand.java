package io.cakewalk.cli.commands;

import picocli.CommandLine.Command;

/** {@code cakewalk mistral …}: Mistral's side of things, over its API. */
@Command(
    name = "mistral",
    description = "Work with Mistral's Connectors API (needs MISTRAL_API_KEY).",
    mixinStandardHelpOptions = true,
    subcommands = MistralConnectorsCommand.class,
    footer = {
      "%nExamples:",
      "  cakewalk mistral connectors list",
      "  cakewalk mistral connectors tools Cakewalk"
    })
public final class MistralCommand {}
