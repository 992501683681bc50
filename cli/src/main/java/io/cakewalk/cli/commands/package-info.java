/** The cakewalk subcommands, one class per group: they parse, call a library, and format. */
package io.cakewalk.cli.commands;
