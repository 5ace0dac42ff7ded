package com.compcoach.letter;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pasted email thread cut to what is current: a reply quotes the messages before it, and their figures ("$175,000"
 * in the first offer, "$195,000" in the candidate's counter) are not the offer when the newest message states its own.
 */
final class EmailThread {

  /** A line that begins the quoted history: "On Tue, Dec 1, 2026 at 4:02 PM Sam wrote:", "-----Original Message-----". */
  private static final Pattern QUOTE_START = Pattern.compile(
      "(?i)^[\\s>]*(?:on\\s.{4,200}\\swrote:\\s*|-{2,}\\s*(?:original|forwarded)\\s+message\\s*-{2,}\\s*"
          + "|begin\\s+forwarded\\s+message:\\s*"
          + "|(?:le|am)\\s.{4,200}\\s(?:a écrit|schrieb)\\s?:\\s*)$");
  /** "On Tue, Dec 1, 2026 at 4:02 PM Sam Patel <sam@example.com>" whose "wrote:" wrapped onto the next line. */
  private static final Pattern WRAPPED_ON = Pattern.compile("(?i)^\\s*on\\s.{4,200}\\d.{0,200}$");
  private static final Pattern WROTE = Pattern.compile("(?i)^\\s*wrote:\\s*$");
  private static final Pattern HEADER = Pattern.compile("(?i)^\\s*(?:from|to|cc|sent|date|subject):.*");
  private static final Pattern GREETING = Pattern.compile(
      "(?m)^\\s*(?i:hi|hello|hey|dear|good\\s+morning|good\\s+afternoon)\\s+(\\p{Lu}[\\p{L}'-]+)");
  private static final Pattern QUOTE_MARKS = Pattern.compile("(?m)^[ \\t]*(?:>[ \\t]?)+");

  /**
   * "Everything else stays as it was in my note below", "all other terms remain unchanged": the newest message
   * changes some figures and points to the earlier message for the rest.
   */
  private static final Pattern POINTS_BELOW = Pattern.compile(
      "(?i)\\b(?:everything|all)\\s+else\\b|\\ball\\s+(?:the\\s+)?other\\s+(?:terms|details|components|elements|parts|"
          + "figures)\\b|\\b(?:stays?|remains?)\\s+(?:the\\s+same|unchanged|as\\s+(?:it\\s+was|before|is|below))|"
          + "\\bunchanged\\b|\\bas\\s+(?:outlined|described|set\\s+out|listed|stated)\\s+below\\b|\\bsee\\s+below\\b");

  /**
   * What a thread offers now.
   *
   * @param newest  the text to read first: the newest message, or the whole text when that is the letter
   * @param earlier the earlier message the newest one points to for the rest ("everything else as below"), read
   *                after it so the newest figures win, or null
   */
  record Current(String newest, String earlier) {}

  private EmailThread() {}

  /**
   * The newest message of a thread when it states a figure of its own; otherwise the whole text with its quote marks
   * taken off (a letter forwarded or quoted below "see below" is still the letter). Text that is no thread is returned
   * without its quote marks (a letter pasted as a Slack block quote). A newest message with figures that points to the
   * one below for the rest keeps that one as {@code earlier}.
   */
  static Current current(String pasted) {
    String text = withoutDisclaimers(pasted);
    String[] lines = text.split("\n", -1);
    int cut = quoteStart(lines);
    if (cut < 0) {
      return new Current(text.indexOf('>') < 0 ? text : QUOTE_MARKS.matcher(text).replaceAll(""), null);
    }
    String newest = String.join("\n", List.of(lines).subList(0, cut));
    boolean figures = LetterFigures.find(newest).stream().anyMatch(a -> a.money() || a.percent());
    if (!figures) {
      // "FYI, forwarding my offer" above the letter: the letter is read, cut in turn to its own newest message, so a
      // reply chain quoted under the forwarded offer (the candidate's counter, an earlier figure) is not the offer.
      String rest = QUOTE_MARKS.matcher(String.join("\n", List.of(lines).subList(cut + 1, lines.length))).replaceAll("");
      Current below = current(rest);
      return below.newest().isBlank() || LetterFigures.find(below.newest()).stream().noneMatch(a -> a.money() || a.percent())
          ? new Current(QUOTE_MARKS.matcher(text).replaceAll(""), null) : below;
    }
    if (!POINTS_BELOW.matcher(newest).find()) {
      return new Current(newest, null);
    }
    // The message it points to, itself cut to its own figures. A message by the person the newest one greets ("Hi
    // Sam" … "Sam Patel wrote:", the candidate's counter) is not it: the one before that is.
    String greeted = greeted(newest);
    int start = cut;
    while (greeted != null && start >= 0 && writtenBy(lines, start, greeted)) {
      start = quoteStart(lines, start + 1);
    }
    if (start < 0) {
      return new Current(newest, null);
    }
    String rest = QUOTE_MARKS.matcher(String.join("\n", List.of(lines).subList(start + 1, lines.length))).replaceAll("");
    Current below = current(rest);
    return new Current(newest, below.earlier() == null ? below.newest() : below.newest() + "\n\n" + below.earlier());
  }

  /**
   * The paragraph a mail system puts under a signature: "CONFIDENTIALITY NOTICE: This e-mail message … is for the sole
   * use of the intended recipient(s)", "Disclaimer: …", "This email and any attachments are confidential …". Its
   * numbers (a reference, a company number) and names are no part of the offer, and it hides the signature above it.
   */
  private static final Pattern DISCLAIMER = Pattern.compile(
      "(?i)^\\s*(?:(?:confidentiality|legal|privacy|e-?mail)\\s+(?:notice|disclaimer|statement)|disclaimer|caution|"
          + "(?:this|the\\s+information\\s+(?:contained\\s+)?in\\s+this)\\s+(?:e-?mail|message|communication|transmission)"
          + "(?:\\s+message)?(?:,?\\s+(?:and|including)\\s+any\\s+(?:attachments?|files)(?:\\s+(?:to|transmitted\\s+with)\\s+it)?,?)?"
          + "\\s+(?:is|are|may\\s+(?:be|contain))\\s+(?:intended|confidential|privileged|for\\s+the\\s+(?:sole|exclusive)))"
          + "\\b.*(?:intended\\s+recipient|confidential|privileged|addressee)");

  /** The text without the disclaimer paragraphs a mail system added: each from its first line to the next blank one. */
  static String withoutDisclaimers(String text) {
    if (!text.toLowerCase(Locale.ROOT).contains("recipient") && !text.toLowerCase(Locale.ROOT).contains("disclaimer")) {
      return text;
    }
    String[] lines = text.split("\n", -1);
    StringBuilder out = new StringBuilder();
    boolean dropping = false;
    for (int i = 0; i < lines.length; i++) {
      if (!dropping && DISCLAIMER.matcher(lines[i].replaceFirst("^[\\s>]+", "")).find()) {
        dropping = true;
      } else if (dropping && lines[i].isBlank()) {
        dropping = false;
      }
      if (!dropping) {
        out.append(lines[i]).append(i + 1 < lines.length ? "\n" : "");
      }
    }
    return out.toString();
  }

  /** The first name a message greets ("Hi Taylor,", "Dear Sam"), or null. */
  private static String greeted(String message) {
    Matcher m = GREETING.matcher(message);
    return m.find() ? m.group(1) : null;
  }

  /** Whether the quoted message starting at {@code start} is by this person: its "… wrote:" or "From:" line names them. */
  private static boolean writtenBy(String[] lines, int start, String name) {
    Pattern named = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(name) + "(?![\\p{L}])");
    for (int j = start; j < Math.min(lines.length, start + 4); j++) {
      String line = lines[j].replaceFirst("^[\\s>]+", "");
      String lower = line.toLowerCase(Locale.ROOT);
      if (lower.startsWith("from:") || lower.endsWith("wrote:") || lower.endsWith("schrieb:") || lower.endsWith("écrit :")
          || lower.endsWith("écrit:")) {
        // "On Tue, Dec 1, 2026 at 4:02 PM Sam Patel <sam@…>" may wrap before its "wrote:".
        return named.matcher(lower.startsWith("from:") ? line : String.join(" ", List.of(lines).subList(start, j + 1)))
            .find();
      }
    }
    return false;
  }

  /** The line where the quoted history starts, or -1; an Outlook "From:" block counts only after a message body. */
  private static int quoteStart(String[] lines) {
    return quoteStart(lines, 0);
  }

  private static int quoteStart(String[] lines, int from) {
    boolean body = false;
    for (int i = from; i < lines.length; i++) {
      String line = lines[i];
      if (QUOTE_START.matcher(line).matches()
          || WRAPPED_ON.matcher(line).matches() && i + 1 < lines.length && WROTE.matcher(lines[i + 1]).matches()) {
        return i;
      }
      boolean header = HEADER.matcher(line).matches();
      // A memo's block starts "To:" then "From:": an Outlook block starts with its "From:" line.
      boolean memo = i > 0 && HEADER.matcher(lines[i - 1]).matches();
      if (header && body && !memo && line.strip().toLowerCase(Locale.ROOT).startsWith("from:") && headerFollows(lines, i)) {
        return i;
      }
      body |= !header && !line.isBlank();
    }
    return -1;
  }

  /** Whether an Outlook block follows a "From:" line: its "Sent:" or "Date:" within the next three lines. */
  private static boolean headerFollows(String[] lines, int from) {
    for (int j = from + 1; j < Math.min(lines.length, from + 4); j++) {
      String lower = lines[j].strip().toLowerCase(Locale.ROOT);
      if (lower.startsWith("sent:") || lower.startsWith("date:")) {
        return true;
      }
    }
    return false;
  }
}
