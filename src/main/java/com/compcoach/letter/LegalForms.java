package com.compcoach.letter;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The legal forms that end a company's name ("Inc.", "GmbH", "Pte. Ltd."), in one list: the letterhead, the name
 * after a word of the prose and the forms that close a name are each built from it, so a form added here is read
 * the same way in all three.
 */
final class LegalForms {

  /**
   * One legal form.
   *
   * @param pattern as running text writes it, a regular expression ("Pte\\.?\\s+Ltd")
   * @param literal its first word, which a sentence must contain for the form to be there ("Pte")
   * @param closes  whether the word ends a name also when written in lower case or before a point ("Thistle Bank
   *                plc, based", "Northwind Traders Corp. Below"); short forms that are everyday words do not
   */
  private record Form(String pattern, String literal, boolean closes) {}

  /** Longer forms before the shorter forms they begin with: "Pty Ltd" before "Pty", "SAS" before "SA". */
  private static final List<Form> FORMS = List.of(
      new Form("Inc", "Inc", true), new Form("Ltd", "Ltd", true), new Form("LLC", "LLC", true),
      new Form("LLP", "LLP", false), new Form("GmbH", "GmbH", false), new Form("AG", "AG", false),
      new Form("plc", "plc", true), new Form("Corporation", "Corporation", false), new Form("Corp", "Corp", true),
      new Form("Limited", "Limited", false), new Form("Private\\s+Limited", "Private", false),
      new Form("Pty\\s+Ltd", "Pty", false), new Form("Pty", "Pty", false), new Form("Pte\\.?\\s+Ltd", "Pte", false),
      new Form("Pte", "Pte", false), new Form("SAS", "SAS", false), new Form("SA", "SA", false),
      new Form("SE", "SE", false), new Form("S\\.A\\.P\\.I", "S.A.P.I", false), new Form("S\\.A", "S.A", false), new Form("S\\.L", "S.L", false),
      new Form("B\\.V", "B.V", false), new Form("N\\.V", "N.V", false), new Form("BV", "BV", false),
      new Form("NV", "NV", false), new Form("Company", "Company", false), new Form("Co", "Co", false),
      // "Sakura Pay K.K.": two words at least before a dotted K.K. or G.K., never a signer's initials ("Suresh G.K.").
      new Form("(?<=[A-Za-z&]{2,40}\\s[A-Za-z&]{1,40}\\s)K\\.K", "K.K", false), new Form("KK", "KK", false),
      new Form("(?<=[A-Za-z&]{2,40}\\s[A-Za-z&]{1,40}\\s)G\\.K", "G.K", false),
      new Form("Oy", "Oy", false), new Form("AB", "AB", false), new Form("AS", "AS", false),
      new Form("ApS", "ApS", false), new Form("Ltée", "Ltée", false), new Form("Ltee", "Ltee", false),
      new Form("Ltda", "Ltda", true), new Form("S\\.r\\.l", "S.r.l", false), new Form("S\\.p\\.A", "S.p.A", false),
      new Form("S\\.à\\s?r\\.l", "S.à", false), new Form("L\\.L\\.C", "L.L.C", false), new Form("DAC", "DAC", false),
      new Form("Sdn\\.?\\s+Bhd", "Sdn", false), new Form("sp\\.\\s?z\\s?o\\.\\s?o", "sp.", false),
      new Form("Oyj", "Oyj", false), new Form("KG", "KG", false),
      // Portugal's "Atlântico Digital, Lda.".
      new Form("Lda", "Lda", true));

  private LegalForms() {}

  /** Every form as one alternation, as the letter writes it; for a letterhead in capitals, use it case-insensitively. */
  static String alternation() {
    return FORMS.stream().map(Form::pattern).collect(Collectors.joining("|"));
  }

  /** Every form as written and in capitals ("plc", "PLC"), for a case-sensitive match in running text. */
  static String alternationWithCapitals() {
    // Upper-casing a pattern turns its "\\s" into "\\S": turned back.
    return FORMS.stream().flatMap(f -> Stream.of(f.pattern(), f.pattern().toUpperCase(Locale.ROOT).replace("\\S", "\\s")))
        .distinct().collect(Collectors.joining("|"));
  }

  /** The first words of the forms as written and in capitals, each after a space: a sentence with none names none. */
  static List<String> literals() {
    return FORMS.stream().flatMap(f -> Stream.of(" " + f.literal(), " " + f.literal().toUpperCase(Locale.ROOT)))
        .distinct().toList();
  }

  /** A name that ends in a legal form, its point or not: "Acme Inc.", "Nube Roja S.L.", "Wisła Labs sp. z o.o". */
  static String atTheEnd() {
    return "(?:\\b(?:" + alternation() + ")\\.?)$";
  }

  /** The forms that close a name, lower case: "inc", "ltd", "corp", "plc", "llc". */
  static Set<String> closing() {
    return FORMS.stream().filter(Form::closes).map(f -> f.literal().toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }
}
