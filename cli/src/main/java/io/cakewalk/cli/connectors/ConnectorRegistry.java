package io.cakewalk.cli.connectors;

import io.cakewalk.mcp.internal.Json;
import io.cakewalk.mcp.internal.SecretFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The local connector registry, a JSON file ({@code connectors.json}, mode 0600) in the
 * configuration directory. Writes replace the file atomically.
 *
 * <pre>{@code
 * ConnectorRegistry registry = new ConnectorRegistry(configDir);
 * registry.put(new Connector("demo", URI.create("http://127.0.0.1:3001/mcp"), AuthMethod.NONE,
 *     null, List.of(), null));
 * }</pre>
 */
public final class ConnectorRegistry {

  private final Path file;

  public ConnectorRegistry(Path configDir) {
    this.file = configDir.resolve("connectors.json");
  }

  /** The registry file. */
  public Path file() {
    return file;
  }

  /** Every connector, sorted by name. */
  public List<Connector> list() {
    return read().values().stream().sorted(Comparator.comparing(Connector::name)).toList();
  }

  /** The connector called {@code name}, if any. */
  public Optional<Connector> find(String name) {
    return Optional.ofNullable(read().get(name));
  }

  /** Adds or replaces a connector; returns whether one of that name existed. */
  public boolean put(Connector connector) {
    Map<String, Connector> all = read();
    boolean replaced = all.put(connector.name(), connector) != null;
    write(all);
    return replaced;
  }

  /** Removes a connector; returns whether it existed. */
  public boolean remove(String name) {
    Map<String, Connector> all = read();
    boolean removed = all.remove(name) != null;
    if (removed) {
      write(all);
    }
    return removed;
  }

  private Map<String, Connector> read() {
    Map<String, Connector> all = new LinkedHashMap<>();
    if (!Files.exists(file)) {
      return all;
    }
    try {
      Map<String, Object> root = Json.object(Files.readString(file));
      for (Map<String, Object> entry : Json.listOfObjects(root.get("connectors"))) {
        Connector c = Json.convert(entry, Connector.class);
        all.put(c.name(), c);
      }
      return all;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          file + " is not a valid connector registry (" + e.getMessage() + "): fix or delete it",
          e);
    }
  }

  private void write(Map<String, Connector> all) {
    List<Connector> sorted = new ArrayList<>(all.values());
    sorted.sort(Comparator.comparing(Connector::name));
    String text = Json.writePretty(Map.of("connectors", sorted)) + "\n";
    try {
      SecretFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
