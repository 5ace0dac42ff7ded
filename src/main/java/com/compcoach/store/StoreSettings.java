package com.compcoach.store;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where state lives, read from the environment: {@code REDIS_URL} (Redis when set), {@code STATE_DIR} (the
 * embedded store's folder, {@code ./state} by default) and {@code CONVERSATION_TTL} (30 days by default).
 */
public record StoreSettings(Optional<String> redisUrl, Path stateDir, Duration conversationTtl) {

  /** How long a conversation is kept after its last turn unless {@code CONVERSATION_TTL} says otherwise. */
  public static final Duration DEFAULT_TTL = Duration.ofDays(30);

  /** The embedded store's folder unless {@code STATE_DIR} says otherwise. */
  public static final Path DEFAULT_STATE_DIR = Path.of("state");

  /**
   * Reads the three settings.
   *
   * @throws IllegalArgumentException naming the variable and its value when one cannot be understood
   */
  public static StoreSettings fromEnvironment(Map<String, String> env) {
    Optional<String> redisUrl = Optional.ofNullable(env.get("REDIS_URL")).map(String::trim).filter(s -> !s.isEmpty());
    redisUrl.ifPresent(url -> {
      if (!url.startsWith("redis://") && !url.startsWith("rediss://") && !url.startsWith("redis-socket://")) {
        throw new IllegalArgumentException(
            "REDIS_URL must start with redis:// or rediss://, was '" + url.replaceAll("//[^@]*@", "//***@") + "'");
      }
    });
    String dir = env.getOrDefault("STATE_DIR", "").trim();
    Path stateDir = dir.isEmpty() ? DEFAULT_STATE_DIR : Path.of(dir);
    String ttlText = env.getOrDefault("CONVERSATION_TTL", "").trim();
    Duration ttl = ttlText.isEmpty() ? DEFAULT_TTL : parseDuration("CONVERSATION_TTL", ttlText);
    return new StoreSettings(redisUrl, stateDir, ttl);
  }

  /** "30 days", "12 hours", or ISO-8601 for spans that are not whole days or hours. */
  static String readable(Duration span) {
    if (span.toHours() % 24 == 0 && span.toSeconds() % 3600 == 0) {
      return span.toDays() + (span.toDays() == 1 ? " day" : " days");
    }
    if (span.toSeconds() % 3600 == 0) {
      return span.toHours() + (span.toHours() == 1 ? " hour" : " hours");
    }
    return span.toString();
  }

  /** Reads "30d", "12h", "90m", "45s", a plain number of seconds, or an ISO-8601 duration such as "P30D". */
  static Duration parseDuration(String variable, String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    Duration parsed;
    try {
      if (lower.startsWith("p")) {
        parsed = Duration.parse(text.toUpperCase(Locale.ROOT));
      } else {
        char unit = lower.charAt(lower.length() - 1);
        String number = Character.isDigit(unit) ? lower : lower.substring(0, lower.length() - 1);
        long amount = Long.parseLong(number.trim());
        parsed = switch (unit) {
          case 'd' -> Duration.ofDays(amount);
          case 'h' -> Duration.ofHours(amount);
          case 'm' -> Duration.ofMinutes(amount);
          case 's' -> Duration.ofSeconds(amount);
          default -> {
            if (!Character.isDigit(unit)) {
              throw new NumberFormatException("unknown unit " + unit);
            }
            yield Duration.ofSeconds(amount);
          }
        };
      }
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException(variable + " must be a duration like 30d, 12h or P30D, was '" + text + "'");
    }
    if (parsed.isNegative() || parsed.isZero()) {
      throw new IllegalArgumentException(variable + " must be longer than zero, was '" + text + "'");
    }
    return parsed;
  }
}
