package io.cakewalk.cli;

/**
 * The exit codes of {@code cakewalk}, modelled on MCP Inspector v2's CLI so that scripts written
 * for one read the other. {@link Main} is the only place that maps failures to them.
 *
 * <table>
 *   <caption>Exit codes</caption>
 *   <tr><td>0</td><td>success</td></tr>
 *   <tr><td>1</td><td>usage: invalid command line</td></tr>
 *   <tr><td>2</td><td>configuration: unknown connector, unset environment variable, missing file</td></tr>
 *   <tr><td>3</td><td>authorization required or refused (401/403)</td></tr>
 *   <tr><td>4</td><td>server unreachable, timed out, or not speaking MCP</td></tr>
 *   <tr><td>5</td><td>the tool ran and returned {@code isError: true}</td></tr>
 *   <tr><td>6</td><td>tool schemas not portable to Mistral</td></tr>
 *   <tr><td>7</td><td>the server answered with a JSON-RPC error</td></tr>
 *   <tr><td>8</td><td>tool arguments do not match the tool's input schema</td></tr>
 *   <tr><td>9</td><td>a readiness check failed</td></tr>
 *   <tr><td>10</td><td>internal error (a bug in cakewalk)</td></tr>
 * </table>
 */
public final class ExitCodes {

  /** Success. */
  public static final int OK = 0;

  /** Invalid command line: unknown option, missing parameter, bad value. */
  public static final int USAGE = 1;

  /** Missing configuration: unknown connector, unset environment variable, missing file. */
  public static final int CONFIG = 2;

  /** The server wants (other) credentials: 401 or 403. */
  public static final int AUTH = 3;

  /** The server could not be reached, timed out, or did not speak MCP. */
  public static final int UNREACHABLE = 4;

  /** The tool ran and reported a failure ({@code isError: true}). */
  public static final int TOOL_ERROR = 5;

  /** One or more tool schemas cannot be used with Mistral as they are. */
  public static final int NOT_PORTABLE = 6;

  /** The server answered with a JSON-RPC error. */
  public static final int PROTOCOL = 7;

  /** Tool arguments failed the tool's input schema; nothing was sent. */
  public static final int INVALID_ARGUMENTS = 8;

  /** A readiness check of {@code probe} or {@code connect} failed. */
  public static final int CHECK_FAILED = 9;

  /** An unexpected failure: a bug in cakewalk. */
  public static final int INTERNAL = 10;

  private ExitCodes() {}
}
