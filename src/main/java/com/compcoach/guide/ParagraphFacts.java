package com.compcoach.guide;

import com.compcoach.guide.ReadingRules.Section;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a guide's paragraphs say about it besides pay: a signature role, its negotiation DNA, the note under its level
 * table, its architecture text, and when it was updated and is due for review.
 */
final class ParagraphFacts {

  private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");
  private static final Pattern NOTE = Pattern.compile("(?i)^note\\s*:\\s*");
  private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4}-q[1-4])");
  private static final Pattern QUALITY = Pattern.compile(":\\s*([a-z]+)");

  private final GuideDraft draft;
  private boolean signature;
  private final List<String> dna = new ArrayList<>();
  private final Map<String, String> textFreshness = new HashMap<>();

  ParagraphFacts(GuideDraft draft) {
    this.draft = draft;
  }

  /** A title that says the role is a signature one ("… (Signature Role)"). */
  void title(String title) {
    if (title.toLowerCase(Locale.ROOT).contains("signature role")) {
      signature = true;
    }
  }

  /** Whether a paragraph or the frontmatter's role type says the role is a signature one. */
  boolean signature() {
    return signature || isSignatureType();
  }

  /** What a paragraph says about the guide, by the section it stands in. */
  void paragraph(String plain, Section section) {
    // Upper-casing at most halves a text's length (a surrogate pair to one char): longer paragraphs cannot match.
    if (plain.length() <= 2 * "SIGNATURE ROLE".length() && plain.toUpperCase(Locale.ROOT).equals("SIGNATURE ROLE")) {
      signature = true;
    }
    String lower = plain.toLowerCase(Locale.ROOT);
    if (lower.startsWith("negotiation dna")) {
      Matcher m = CODE_SPAN.matcher(plain);
      while (m.find()) {
        dna.add(m.group(1).strip());
      }
    }
    if (section == Section.LEVELS && lower.startsWith("note")
        && draft.levelMapping != LevelMapping.NONE && draft.levelMapping.note().isEmpty()) {
      draft.levelMapping = new LevelMapping(draft.levelMapping.header(), draft.levelMapping.rows(),
          NOTE.matcher(plain).replaceFirst(""));
    }
    if (section == Section.ARCHITECTURE) {
      draft.architectureText.add(plain);
    }
    freshnessIn(lower);
  }

  private void freshnessIn(String lower) {
    remember(lower, "last updated", "last_updated", DATE);
    remember(lower, "next review", "next_review_due", DATE);
    remember(lower, "data quarter", "salary_data_quarter", QUARTER);
    remember(lower, "data quality", "data_quality", QUALITY);
  }

  private void remember(String lower, String label, String key, Pattern value) {
    int at = lower.indexOf(label);
    if (at < 0 || textFreshness.containsKey(key)) {
      return;
    }
    Matcher m = value.matcher(lower.substring(at, Math.min(lower.length(), at + label.length() + 24)));
    if (m.find()) {
      textFreshness.put(key, key.equals("salary_data_quarter") ? m.group(1).toUpperCase(Locale.ROOT) : m.group(1));
    }
  }

  private boolean isSignatureType() {
    String type = Frontmatter.string(draft.front, "role_type");
    return type != null && type.toLowerCase(Locale.ROOT).contains("signature");
  }

  List<String> dnaTags() {
    if (!dna.isEmpty()) {
      return dna;
    }
    String summary = Frontmatter.string(draft.front, "negotiation_dna_summary");
    List<String> out = new ArrayList<>();
    if (summary != null) {
      Matcher m = CODE_SPAN.matcher(summary);
      while (m.find()) {
        out.add(m.group(1).strip());
      }
    }
    return out;
  }

  Freshness freshness() {
    LocalDate updated = Frontmatter.date(draft.front, "last_updated");
    LocalDate review = Frontmatter.date(draft.front, "next_review_due");
    String quarter = Frontmatter.string(draft.front, "salary_data_quarter");
    String quality = Frontmatter.string(draft.front, "data_quality");
    if (updated == null && textFreshness.containsKey("last_updated")) {
      updated = Frontmatter.isoDate(textFreshness.get("last_updated"));
    }
    if (review == null && textFreshness.containsKey("next_review_due")) {
      review = Frontmatter.isoDate(textFreshness.get("next_review_due"));
    }
    if (quarter == null) {
      quarter = textFreshness.get("salary_data_quarter");
    }
    if (quality == null) {
      quality = textFreshness.get("data_quality");
    }
    return new Freshness(updated, quarter, review, quality);
  }
}
