package io.cakewalk.mcp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretFilesTest {

  @TempDir Path tmp;

  @Test
  void createsOwnerOnlyFileAndDirectories() throws IOException {
    Path file = tmp.resolve("a/b/secret.json");

    SecretFiles.write(file, bytes("{\"token\":1}"));

    assertThat(Files.readString(file)).isEqualTo("{\"token\":1}");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
        .isEqualTo("rwx------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("a"))))
        .isEqualTo("rwx------");
  }

  @Test
  void replacesContentAndLeavesNoTemporaryFile() throws IOException {
    Path file = tmp.resolve("store.json");
    SecretFiles.write(file, bytes("old"));

    SecretFiles.write(file, bytes("new"));

    assertThat(Files.readString(file)).isEqualTo("new");
    try (Stream<Path> entries = Files.list(tmp)) {
      assertThat(entries).containsExactly(file);
    }
  }

  @Test
  void aFailedReplaceKeepsWhatWasThereAndCleansUp() throws IOException {
    // A non-empty directory cannot be replaced by a file: the rename fails after the temporary
    // file was written, which is the crash window a torn write would hit.
    Path target = tmp.resolve("target");
    Files.createDirectories(target.resolve("child"));

    assertThatThrownBy(() -> SecretFiles.write(target, bytes("new")))
        .isInstanceOf(IOException.class);

    assertThat(target.resolve("child")).isDirectory();
    try (Stream<Path> entries = Files.list(tmp)) {
      assertThat(entries).containsExactly(target);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
