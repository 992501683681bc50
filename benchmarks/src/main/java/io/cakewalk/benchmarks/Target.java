package io.cakewalk.benchmarks;

/**
 * A running server under test and the trivial tool the benchmark calls on it.
 *
 * @param name label in the report
 * @param port loopback port
 * @param path endpoint path, e.g. {@code /mcp}
 * @param tool the tool to call
 * @param arguments the call's arguments as JSON
 * @param stop stops the server
 */
record Target(String name, int port, String path, String tool, String arguments, AutoCloseable stop)
    implements AutoCloseable {

  @Override
  public void close() throws Exception {
    stop.close();
  }
}
