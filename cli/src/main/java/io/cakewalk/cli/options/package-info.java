/** Options shared by several commands, as picocli mixins: server connection and output format. */
package io.cakewalk.cli.options;
