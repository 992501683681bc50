package io.cakewalk.mcp.server;

import io.cakewalk.mcp.schema.ProtocolVersion;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The live legacy sessions: ids from a CSPRNG, a cap on their number, and a sweeper that drops
 * sessions idle longer than the limit or older than the absolute lifetime (sessions that are never
 * DELETEd must not leak memory).
 */
final class SessionStore implements AutoCloseable {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private final int maxSessions;
  private final long idleNanos;
  private final long lifetimeNanos;
  private final ScheduledExecutorService timer;

  /**
   * Session limits.
   *
   * @param maxSessions live sessions at most; further {@code initialize} calls get 503
   * @param idle a session unused this long is dropped
   * @param lifetime a session this old is dropped however busy
   * @param sweepEvery how often to sweep and send keep-alives
   */
  record Limits(int maxSessions, Duration idle, Duration lifetime, Duration sweepEvery) {}

  SessionStore(Limits limits, Runnable tick) {
    this.maxSessions = limits.maxSessions();
    this.idleNanos = limits.idle().toNanos();
    this.lifetimeNanos = limits.lifetime().toNanos();
    Duration sweepEvery = limits.sweepEvery();
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "mcp-session-sweeper");
              t.setDaemon(true);
              return t;
            });
    long period = Math.max(1, sweepEvery.toMillis());
    timer.scheduleWithFixedDelay(
        () -> {
          try {
            sweep();
            tick.run();
          } catch (RuntimeException ignored) {
            // keep sweeping
          }
        },
        period,
        period,
        TimeUnit.MILLISECONDS);
  }

  /** A new session, or {@code null} when the limit is reached. */
  Session create(ProtocolVersion version, Map<String, Object> capabilities) {
    if (sessions.size() >= maxSessions) {
      sweep();
      if (sessions.size() >= maxSessions) {
        return null;
      }
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Session session = new Session(id, version, capabilities);
    sessions.put(id, session);
    return session;
  }

  Session get(String id) {
    Session s = sessions.get(id);
    if (s != null) {
      s.touch();
    }
    return s;
  }

  boolean remove(String id) {
    Session s = sessions.remove(id);
    if (s != null) {
      s.close();
      return true;
    }
    return false;
  }

  int size() {
    return sessions.size();
  }

  Iterable<Session> all() {
    return sessions.values();
  }

  void sweep() {
    long now = System.nanoTime();
    for (Session s : sessions.values()) {
      boolean streaming = s.standaloneIfOpen() != null && s.standaloneIfOpen().hasLiveConnection();
      boolean idle = s.idleNanos(now) > idleNanos && s.inFlight().isEmpty() && !streaming;
      if (idle || s.ageNanos(now) > lifetimeNanos) {
        remove(s.id());
      }
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
    sessions.keySet().forEach(this::remove);
  }
}
