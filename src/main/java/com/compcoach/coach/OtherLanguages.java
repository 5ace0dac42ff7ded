package com.compcoach.coach;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An offer typed partly in Spanish or German ("sueldo base 180k, bono de 10% y 40k en acciones al año", "Grundgehalt
 * 185k, Aktien 160k über 4 Jahre"): its words of pay written in English before it is read, and said back, so no
 * figure is dropped for want of a word the reader knows.
 */
final class OtherLanguages {

  /** One language's words of pay, longest first, each with the English the reader knows. */
  private record Language(String name, Pattern marker, Map<Pattern, String> words) {}

  private static final List<Language> LANGUAGES = List.of(
      language("Spanish", "sueldo|salario|bono\\b|bonificaci[oó]n|acciones|prima de firma|me ofrecieron|oferta|al año"
          + "|por año|al mes",
          "bono de (?:firma|contrataci[oó]n|bienvenida|incorporaci[oó]n)|bono por firma|prima de firma", "sign-on",
          "sueldo base|salario base|sueldo bruto(?: anual)?|salario bruto(?: anual)?|sueldo|salario", "base",
          "bono anual|bonificaci[oó]n|bono", "bonus",
          "acciones|participaciones", "stock",
          "(?:en|a|durante|por) (\\d{1,2}) años", "over $1 years",
          "al año|por año|anuales|anual", "a year",
          "al mes|por mes|mensuales|mensual", "a month",
          "(\\d{1,3}(?:[.,]\\d+)?) ?mil\\b", "$1k",
          "me ofrecieron|me ofrecen|ofrecieron", "they offered",
          "la oferta es|oferta", "offer",
          "y", "and"),
      language("German", "\\w*gehalt|aktien\\w*|angebot|\\w*prämie|\\w+bonus|pro jahr|im jahr|über \\d+ jahre|tausend",
          "antrittsprämie|einstiegsprämie|unterschriftsbonus|willkommensbonus|signing-bonus", "sign-on",
          "grundgehalt|jahresgehalt|fixgehalt|festgehalt|bruttogehalt|gehalt", "base",
          "jahresbonus|zielbonus|prämie", "bonus",
          "aktienpaket|aktien", "stock",
          "(?:über|auf) (\\d{1,2}) jahre", "over $1 years",
          "pro jahr|im jahr|jährlich", "a year",
          "pro monat|im monat|monatlich", "a month",
          "(\\d{1,3}(?:[.,]\\d+)?) ?(?:tausend|tsd\\.?)(?!\\w)", "$1k",
          "angebot", "offer",
          "und", "and"));

  private OtherLanguages() {}

  private static Language language(String name, String marker, String... pairs) {
    Map<Pattern, String> words = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      words.put(Pattern.compile("(?iU)(?<![\\w-])(?:" + pairs[i] + ")(?![\\w-])"), pairs[i + 1]);
    }
    return new Language(name, Pattern.compile("(?iU)(?<!\\w)(?:" + marker + ")"), words);
  }

  /** The message with its Spanish or German words of pay in English, or null when it has none. */
  static Rewritten value(String message) {
    for (Language language : LANGUAGES) {
      if (!language.marker().matcher(message).find()) {
        continue;
      }
      String text = message;
      List<String> said = new ArrayList<>();
      for (Map.Entry<Pattern, String> word : language.words().entrySet()) {
        Matcher m = word.getKey().matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
          String english = m.groupCount() > 0 ? word.getValue().replace("$1", m.group(1)) : word.getValue();
          // Only the words of pay are said back; "y", "und" and the numbers of thousands go without a word.
          if (!word.getValue().equals("and") && !word.getValue().equals("$1k")
              && !word.getValue().equals("they offered") && !word.getValue().equals("offer")) {
            String quoted = "\"" + m.group() + "\" as " + english;
            if (!said.contains(quoted)) {
              said.add(quoted);
            }
          }
          m.appendReplacement(out, Matcher.quoteReplacement(english));
        }
        m.appendTail(out);
        text = out.toString();
      }
      if (text.equals(message)) {
        continue;
      }
      return new Rewritten(text, said.isEmpty() ? null
          : "Read the " + language.name() + " " + Cards.join(said) + ".");
    }
    return null;
  }
}
