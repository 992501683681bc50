package io.cakewalk.cli.commands;

import java.io.PrintWriter;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cakewalk completion bash|zsh}: prints a shell completion script. */
@Command(
    name = "completion",
    description = "Print a shell completion script for bash or zsh.",
    mixinStandardHelpOptions = true,
    footer = {
      "%nExamples:",
      "  source <(cakewalk completion bash)            # this bash session",
      "  cakewalk completion bash > ~/.local/share/bash-completion/completions/cakewalk",
      "  source <(cakewalk completion zsh)             # zsh (uses bashcompinit)"
    })
public final class CompletionCommand implements Runnable {

  /** The shells the generated script supports. */
  enum Shell {
    BASH,
    ZSH
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "bash|zsh", description = "The shell: ${COMPLETION-CANDIDATES}.")
  Shell shell;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    // picocli's script serves both: under zsh it loads bashcompinit itself.
    out.print(AutoComplete.bash("cakewalk", spec.root().commandLine()));
    out.flush();
  }
}
