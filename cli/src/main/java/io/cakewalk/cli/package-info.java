/** The cakewalk command-line tool: entry point, top-level command and exit codes. */
package io.cakewalk.cli;
