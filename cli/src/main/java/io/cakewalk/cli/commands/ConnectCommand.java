package io.cakewalk.cli.commands;

import picocli.CommandLine.Command;

/** {@code cakewalk connect …}: guided set-up of a server with an AI platform. */
@Command(
    name = "connect",
    description = "Connect an MCP server to an AI platform, step by step.",
    mixinStandardHelpOptions = true,
    subcommands = ConnectMistralCommand.class,
    footer = {
      "%nExamples:",
      "  cakewalk connect mistral --demo",
      "  cakewalk connect mistral --server https://mcp.example.com/mcp --name Example"
    })
public final class ConnectCommand {}
