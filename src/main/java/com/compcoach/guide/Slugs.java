package com.compcoach.guide;

import java.util.Locale;
import java.util.regex.Pattern;

/** Slugs of companies and roles ("acme-corp"), and the words they stand for ("Acme Corp"). */
final class Slugs {

  private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
  /** Slug words a role's name writes in capitals: levels (ii, iv, ic4, l5) and the usual acronyms. */
  private static final Pattern UPPER_WORDS = Pattern.compile(
      "(?:i{1,3}|iv|vi{0,3}|ix|x|ic\\d{1,2}|l\\d{1,2}|e\\d{1,2}|p\\d{1,2}|ml|ai|sre|qa|ux|ui|it|hr|api|vp|"
          + "cto|cfo|seo|bi|etl|gis|erp|sap|crm|ar|vr|nlp|llm)");

  private Slugs() {}

  /** A name as a slug: lower case, every run of other characters one dash, none at the ends. */
  static String slugify(String s) {
    String slug = NOT_SLUG.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("-");
    int from = slug.startsWith("-") ? 1 : 0;
    int to = slug.endsWith("-") && slug.length() > from ? slug.length() - 1 : slug.length();
    return slug.substring(from, Math.max(from, to));
  }

  /** The words of a slug as a name: "backend-engineer-ii" is Backend Engineer II. */
  static String words(String slug) {
    StringBuilder out = new StringBuilder();
    for (String w : slug.split("-")) {
      if (!w.isEmpty()) {
        out.append(out.length() > 0 ? " " : "");
        // "backend-engineer-ii" is Backend Engineer II, "ml-ops-sre" ML Ops SRE: a level or an acronym stays upper.
        out.append(UPPER_WORDS.matcher(w).matches() ? w.toUpperCase(Locale.ROOT)
            : Character.toUpperCase(w.charAt(0)) + w.substring(1));
      }
    }
    return out.toString();
  }

  /** The words of a slug as a pattern that finds them in a title, separators free: "acme-corp" finds "Acme Corp". */
  static Pattern wordsIn(String slug) {
    StringBuilder p = new StringBuilder("(?i)(?<![\\p{L}\\p{N}])");
    String[] words = slug.split("-");
    for (int i = 0; i < words.length; i++) {
      p.append(i > 0 ? "[\\s\\p{P}]*" : "").append(Pattern.quote(words[i]));
    }
    return Pattern.compile(p.append("(?![\\p{L}\\p{N}])").toString());
  }
}
