package io.cakewalk.cli.options;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** How to reach an MCP server: headers, transport, protocol era and timeout. */
public final class ServerOptions {

  @Option(
      names = {"-H", "--header"},
      paramLabel = "HEADER",
      description =
          "Extra HTTP header 'Name: value', repeatable; $${VAR} expands from the environment.")
  List<String> headers = new ArrayList<>();

  @Option(
      names = "--token-env",
      paramLabel = "VAR",
      description = "Send 'Authorization: Bearer' with the token in this environment variable.")
  String tokenEnv;

  @Option(
      names = "--transport",
      paramLabel = "auto|http|sse|stdio",
      description =
          "auto (Streamable HTTP, then legacy SSE), http, sse, or stdio (server command after --)."
              + " Default: ${DEFAULT-VALUE}.",
      defaultValue = "auto")
  Transport transport = Transport.AUTO;

  @Option(
      names = "--protocol",
      paramLabel = "legacy|auto|VERSION",
      description =
          "Protocol era: legacy (sessions), auto (try 2026-07-28 first) or a revision such as"
              + " 2025-06-18. Default: ${DEFAULT-VALUE}.",
      defaultValue = "legacy",
      converter = ProtocolConverter.class)
  ProtocolChoice protocol = ProtocolChoice.LEGACY;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      description = "Per-request timeout, e.g. 30s, 500ms, 2m. Default: ${DEFAULT-VALUE}.",
      defaultValue = "30s",
      converter = DurationConverter.class)
  Duration timeout = Duration.ofSeconds(30);

  /** The raw {@code --header} entries, unexpanded. */
  public List<String> headers() {
    return List.copyOf(headers);
  }

  /** The environment variable holding a bearer token, or {@code null}. */
  public String tokenEnv() {
    return tokenEnv;
  }

  public Transport transport() {
    return transport;
  }

  public ProtocolChoice protocol() {
    return protocol;
  }

  public Duration timeout() {
    return timeout;
  }

  /** Converts {@code --protocol} values. */
  static final class ProtocolConverter
      implements picocli.CommandLine.ITypeConverter<ProtocolChoice> {
    @Override
    public ProtocolChoice convert(String value) {
      try {
        return ProtocolChoice.parse(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
