package com.compcoach.guide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Pay bands written only in a guide's frontmatter, the way its YAML holds them: a list of regions under
 * {@code compensation:}, {@code bands:} or {@code pay:}, each with a region name and its parts as {@code base_low} /
 * {@code base_high}, {@code base: [160000, 200000]}, {@code base: "160K–200K"} or {@code bonus_pct: 10}, or a map of
 * region name to its parts. Each region
 * is turned into the "Base: …; Stock: …" line a region written in prose is, and read by the same rules; a guide with a
 * pay table never comes here (its frontmatter is checked against the table instead).
 */
final class FrontmatterBands {

  /** The keys a list of regions may stand under. */
  private static final List<String> LISTS = List.of("compensation", "bands", "pay_bands", "pay", "regions", "comp",
      "salary_bands", "ranges");
  /** The keys naming a row's region. */
  private static final List<String> NAMES = List.of("region", "location", "city", "market", "site", "office", "name");
  /** Keys that name no part of the pay. */
  private static final Set<String> NOT_PARTS = Set.of("currency", "hq", "headquarters", "notes", "note", "level",
      "target", "negotiate_up", "source", "sources");
  /** The keys a map of region to Negotiate-Up target may stand under. */
  private static final List<String> TARGETS = List.of("negotiate_up", "negotiate_up_targets", "targets", "target",
      "aim", "aims");

  /** One region as the frontmatter gives it: its name, its parts as a prose line, and whether it is the HQ. */
  record Row(String name, String line, boolean hq) {}

  private FrontmatterBands() {}

  /** The regions a frontmatter lists, each as a prose line; empty when it lists none. */
  static List<Row> rows(Map<String, Object> front) {
    for (String key : LISTS) {
      List<Object> list = Frontmatter.list(front, key);
      if (list.isEmpty() && front.get(key) instanceof Map<?, ?> byRegion) {
        // "bands:" over "Richmond (HQ):" over "base: 62000-74000": a map of region to its parts.
        list = new ArrayList<>();
        for (Map.Entry<?, ?> e : byRegion.entrySet()) {
          if (e.getKey() != null && e.getValue() instanceof Map<?, ?> parts && !parts.containsKey("region")) {
            Map<Object, Object> named = new LinkedHashMap<>(parts);
            named.put("region", e.getKey().toString());
            list.add(named);
          }
        }
      }
      if (list.isEmpty()) {
        continue;
      }
      List<Row> rows = new ArrayList<>();
      for (Object o : list) {
        if (o instanceof Map<?, ?> raw) {
          Row row = row(raw);
          if (row != null) {
            rows.add(row);
          }
        }
      }
      if (!rows.isEmpty()) {
        return rows;
      }
    }
    return List.of();
  }

  /** The Negotiate-Up targets a frontmatter maps by region, each as the sentence a guide would write. */
  static List<String> targets(Map<String, Object> front) {
    String currency = Frontmatter.string(front, "currency");
    for (String key : TARGETS) {
      if (front.get(key) instanceof Map<?, ?> map) {
        List<String> sentences = new ArrayList<>();
        map.forEach((region, aim) -> {
          if (region != null && aim != null) {
            sentences.add("In " + region + ", aim for " + money(currency == null ? "" : currency + " ", aim)
                + " total.");
          }
        });
        return sentences;
      }
    }
    return List.of();
  }

  private static Row row(Map<?, ?> raw) {
    String name = null;
    for (String key : NAMES) {
      Object v = raw.get(key);
      if (v != null && !v.toString().isBlank()) {
        name = v.toString().strip();
        break;
      }
    }
    if (name == null) {
      return null;
    }
    String currency = raw.get("currency") == null ? "" : raw.get("currency").toString().strip() + " ";
    // "base_low" and "base_high" are one part, written "low – high"; other keys are a part each.
    Map<String, String[]> parts = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : raw.entrySet()) {
      String key = e.getKey().toString().toLowerCase(Locale.ROOT).strip();
      if (NAMES.contains(key) || NOT_PARTS.contains(key) || e.getValue() == null) {
        continue;
      }
      String end = key.endsWith("_low") || key.endsWith("_min") ? "low"
          : key.endsWith("_high") || key.endsWith("_max") ? "high" : "";
      String part = end.isEmpty() ? key : key.substring(0, key.lastIndexOf('_'));
      boolean percent = part.endsWith("_pct") || part.endsWith("_percent") || part.endsWith("_%");
      if (percent) {
        part = part.substring(0, part.lastIndexOf('_'));
      }
      String value = percent ? figure(e.getValue()).replace(" – ", "% – ") + "%" : money(currency, e.getValue());
      String[] pair = parts.computeIfAbsent(part, k -> new String[2]);
      if (end.equals("high")) {
        pair[1] = value;
      } else {
        pair[0] = value;
      }
    }
    StringBuilder line = new StringBuilder();
    parts.forEach((part, pair) -> {
      String value = pair[0] != null && pair[1] != null ? pair[0] + " – " + pair[1] : pair[0] != null ? pair[0]
          : pair[1];
      line.append(part.replace('_', ' ')).append(": ").append(value).append("; ");
    });
    boolean hq = Boolean.TRUE.equals(raw.get("hq")) || Boolean.TRUE.equals(raw.get("headquarters"));
    return line.length() == 0 ? null : new Row(name, line.toString(), hq);
  }

  private static String money(String currency, Object value) {
    return currency + figure(value).replace(" – ", " – " + currency);
  }

  /** A YAML value as a guide writes it: a number, "[low, high]" as "low – high", or the text as written. */
  private static String figure(Object value) {
    if (value instanceof List<?> list && list.size() == 2) {
      return figure(list.get(0)) + " – " + figure(list.get(1));
    }
    return value.toString().strip();
  }
}
