package io.cakewalk.mcp.client;

import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.security.AlgorithmConstraints;
import java.security.KeyManagementException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.function.Supplier;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * A TLS context for {@link HttpClient}s that talk plain HTTP: it stands for the JVM's default
 * context ({@link SSLContext#getDefault()}) and creates that only when a connection needs TLS (an
 * https redirect, say). The JDK 17 client reads the default context and its parameters when it is
 * built, which loads the trust store and the TLS provider: about 100 ms of CPU at start-up that a
 * loopback {@code http://} server never needs.
 */
final class LazyTls {

  private final Supplier<SSLContext> factory;
  private volatile SSLContext real;

  LazyTls(Supplier<SSLContext> factory) {
    this.factory = factory;
  }

  /** A lazy stand-in for the JVM's default TLS context. */
  static LazyTls ofDefault() {
    return new LazyTls(LazyTls::jvmDefault);
  }

  /**
   * The context to hand to {@link HttpClient.Builder#sslContext}. Leave the builder's parameters
   * unset: the builder copies them at once, while the client asks this context for its defaults and
   * copies those only per TLS connection.
   */
  SSLContext context() {
    return new Context(this);
  }

  /** Whether the real context was created. */
  boolean created() {
    return real != null;
  }

  SSLContext real() {
    SSLContext c = real;
    if (c == null) {
      synchronized (this) {
        c = real;
        if (c == null) {
          c = factory.get();
          real = c;
        }
      }
    }
    return c;
  }

  private static SSLContext jvmDefault() {
    try {
      return SSLContext.getDefault();
    } catch (NoSuchAlgorithmException e) {
      throw new UncheckedIOException(new java.io.IOException("no default TLS context: " + e, e));
    }
  }

  /** The context handed to the client: every operation goes to the real one. */
  private static final class Context extends SSLContext {
    Context(LazyTls tls) {
      super(new Spi(tls), null, "Default");
    }
  }

  private static final class Spi extends SSLContextSpi {
    private final LazyTls tls;

    Spi(LazyTls tls) {
      this.tls = tls;
    }

    @Override
    protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom sr)
        throws KeyManagementException {
      throw new KeyManagementException("the default TLS context cannot be initialised again");
    }

    @Override
    protected SSLSocketFactory engineGetSocketFactory() {
      return tls.real().getSocketFactory();
    }

    @Override
    protected SSLServerSocketFactory engineGetServerSocketFactory() {
      return tls.real().getServerSocketFactory();
    }

    @Override
    protected SSLEngine engineCreateSSLEngine() {
      return tls.real().createSSLEngine();
    }

    @Override
    protected SSLEngine engineCreateSSLEngine(String host, int port) {
      return tls.real().createSSLEngine(host, port);
    }

    @Override
    protected SSLSessionContext engineGetServerSessionContext() {
      return tls.real().getServerSessionContext();
    }

    @Override
    protected SSLSessionContext engineGetClientSessionContext() {
      return tls.real().getClientSessionContext();
    }

    @Override
    protected SSLParameters engineGetDefaultSSLParameters() {
      return new Parameters(tls);
    }

    @Override
    protected SSLParameters engineGetSupportedSSLParameters() {
      return tls.real().getSupportedSSLParameters();
    }
  }

  /**
   * The default parameters, read from the real context when first asked for. The client copies them
   * through these getters for each TLS connection; it never sets them. The three final getters keep
   * the JDK provider's defaults: no server names (the engine derives SNI from the host), no SNI
   * matchers, and the server's cipher-suite order (which only servers use).
   */
  private static final class Parameters extends SSLParameters {
    private final LazyTls tls;

    Parameters(LazyTls tls) {
      this.tls = tls;
      setUseCipherSuitesOrder(true);
    }

    private SSLParameters real() {
      return tls.real().getDefaultSSLParameters();
    }

    @Override
    public String[] getCipherSuites() {
      return real().getCipherSuites();
    }

    @Override
    public String[] getProtocols() {
      return real().getProtocols();
    }

    @Override
    public boolean getWantClientAuth() {
      return real().getWantClientAuth();
    }

    @Override
    public boolean getNeedClientAuth() {
      return real().getNeedClientAuth();
    }

    @Override
    public AlgorithmConstraints getAlgorithmConstraints() {
      return real().getAlgorithmConstraints();
    }

    @Override
    public String getEndpointIdentificationAlgorithm() {
      return real().getEndpointIdentificationAlgorithm();
    }

    @Override
    public boolean getEnableRetransmissions() {
      return real().getEnableRetransmissions();
    }

    @Override
    public int getMaximumPacketSize() {
      return real().getMaximumPacketSize();
    }

    @Override
    public String[] getApplicationProtocols() {
      return real().getApplicationProtocols();
    }
  }
}
