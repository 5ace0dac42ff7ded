package com.compcoach.slack;

import com.compcoach.coach.Turn;
import com.compcoach.coach.Venue;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * {@code /comp} answers of the last few seconds, by command text and venue: the coach is pure, so the same lookup
 * asked again (a team checking one role) reuses the turn and its Block Kit instead of computing them again. Entries
 * live {@link #LIFE}, so a reloaded guide shows within that time.
 */
final class RecentAnswers {

  static final Duration LIFE = Duration.ofSeconds(5);

  /** A turn and how it renders. */
  record Answer(Turn turn, Rendered rendered) {}

  private record Key(String text, Venue venue) {}

  /** Compiled once: {@code String.replaceAll} compiled it on every command, a visible part of a card's CPU. */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Cache<Key, Answer> answers = Caffeine.newBuilder()
      .maximumSize(512)
      .expireAfterWrite(LIFE)
      .executor(Runnable::run)
      .build();

  /** The answer to {@code text} in {@code venue}, computed by {@code compute} unless asked within {@link #LIFE}. */
  Answer get(String text, Venue venue, Supplier<Answer> compute) {
    String normalized = text == null ? "" : SPACES.matcher(text.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
    return answers.get(new Key(normalized, venue), k -> compute.get());
  }
}
