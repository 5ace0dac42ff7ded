package com.compcoach.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How employers of many countries write a date, a company, a day rate or a 13th month (session 31's letters). */
class LetterHouseStylesTest {

  private static final LocalDate TODAY = LetterReaderTest.TODAY;
  private final LetterReader reader = new LetterReader();

  @Test
  void read_deadlineSentenceNamingTheLetterItReplaces_takesTheDateAfterItsDeadlineWords() {
    OfferLetter letter = reader.read("December 3, 2026\n\nDear Priya,\n\nYour annual base salary will be $178,000. "
        + "This revised offer supersedes the November 21 letter and will remain open until 5:00 pm Pacific on "
        + "Wednesday, December 9, 2026.", TODAY);

    assertEquals(LocalDate.of(2026, 12, 9), letter.deadline().value());
  }

  @Test
  void read_letterDatedWithDashesAndAMonthName_countsItsDeadlineFromThatDate() {
    OfferLetter letter = reader.read("Date: 02-Dec-2026\n\nDear Arjun,\n\nYour fixed salary will be INR 31,30,000 per "
        + "annum. Your date of joining will be on or before 15-Jan-2027. Kindly sign and return a copy of this letter "
        + "within 7 days of the date of this letter.", TODAY);

    assertEquals(LocalDate.of(2027, 1, 15), letter.startDate().value());
    assertEquals(LocalDate.of(2026, 12, 9), letter.deadline().value());
  }

  @Test
  void read_spanishLetterWithPresenteUnderTheAddressee_readsTheCompanyThatTieneElGusto() {
    OfferLetter letter = reader.read("Ciudad de México, a 30 de noviembre de 2026\n\nC. Daniela Ortiz Ramírez\n"
        + "Presente\n\nEstimada Daniela:\n\nPor medio de la presente, Grupo Verdemar Tecnologías, S.A. de C.V. tiene el "
        + "gusto de ofrecerte el puesto de Gerente de Producto.\n\nSueldo mensual bruto: $78,000.00 M.N.", TODAY);

    assertEquals("Grupo Verdemar Tecnologías, S.A. de C.V.", letter.company().value());
  }

  @Test
  void read_portugueseCompanyThatTemOPrazer_isTheCompany() {
    OfferLetter letter = reader.read("Prezado Rafael,\n\nA Ipê Digital Serviços de Tecnologia Ltda. tem o prazer de "
        + "apresentar a seguinte proposta.\n\nCargo: Engenheiro de Dados Sênior\nLocal: São Paulo - SP\n"
        + "Salário mensal bruto: R$ 21.500,00\n\nEsta proposta é válida até 08/12/2026.", TODAY);

    assertEquals("Ipê Digital Serviços de Tecnologia Ltda.", letter.company().value());
    assertEquals("Engenheiro de Dados Sênior", letter.title().value());
    assertEquals("São Paulo - SP", letter.location().value());
    assertEquals(LocalDate.of(2026, 12, 8), letter.deadline().value());
  }

  @Test
  void read_awsProRatedInTheFirstYear_saysYearOnePaysLess() {
    OfferLetter letter = reader.read("Dear Wei Jie,\n\n2. Monthly basic salary: S$14,200.\n3. Annual Wage Supplement "
        + "(AWS): one month's basic salary, payable in December. For 2027 the AWS will be pro-rated based on your "
        + "length of service in the calendar year.", TODAY);

    assertEquals(0, BigDecimal.valueOf(184_600).compareTo(letter.base().value()));
    assertTrue(letter.notes().stream().anyMatch(n -> n.contains("pro-rated in the first year")),
        () -> letter.notes().toString());
  }

  @Test
  void read_frenchTjmHorsTaxesParJour_asksForTheDaysInsteadOfAYearlyBase() {
    OfferLetter letter = reader.read("Objet : Proposition de mission - Consultant Data / MLOps\n\nMadame,\n\n"
        + "- TJM : 620 € HT par jour travaillé\n- Démarrage souhaité : 4 janvier 2027\n", TODAY);

    assertNull(letter.base());
    assertTrue(letter.questions().get(0).startsWith("The letter gives a day rate of €620"),
        () -> letter.questions().toString());
    assertEquals(LocalDate.of(2027, 1, 4), letter.startDate().value());
    assertEquals("Consultant Data / MLOps", letter.title().value());
  }

  @Test
  void read_germanPensionTopUpOfYourContribution_isNoPercentOfPayOfTheBenefitBeforeIt() {
    OfferLetter letter = reader.read("Sehr geehrte Frau Vogt,\n\nIhr Bruttomonatsgehalt beträgt 6.250,00 EUR. Wir "
        + "bieten Ihnen einen Zuschuss zum Deutschlandticket sowie eine betriebliche Altersvorsorge mit einem "
        + "Arbeitgeberzuschuss von 20 %.", TODAY);

    assertTrue(letter.extras().stream().noneMatch(e -> e.value().amount() != null), () -> letter.extras().toString());
  }

  @Test
  void read_disclaimerUnderAnEmailSignature_isCutAndTheSignatureWebAddressNamesTheCompany() {
    OfferLetter letter = reader.read("Hi Sam,\n\nBase salary: C$212,000/year\n\nCheers,\nRachel\n\n--\n"
        + "Rachel Kwon | Senior Technical Recruiter\nNorthpeak Financial Technologies\n"
        + "M: +1 (416) 555-0192 | northpeak.io\n\nCONFIDENTIALITY NOTICE: This e-mail message is for the sole use of "
        + "the intended recipient(s) and may contain confidential information. Ref 2026-8841.\n", TODAY);

    assertEquals("Northpeak Financial Technologies", letter.company().value());
  }

  @Test
  void read_rrspMatchOfYourContributions_listsTheShareOfBaseNotTheMatchRate() {
    OfferLetter letter = reader.read("Base salary: C$212,000/year\nRRSP: we match 100% of your contributions up to 5% "
        + "of base", TODAY);

    Extra rrsp = letter.extras().get(0).value();
    assertEquals(0, BigDecimal.valueOf(5).compareTo(rrsp.amount()));
  }

  @Test
  void read_salaryPackagingCaps_areNoSecondBase() {
    OfferLetter letter = reader.read("Dear Chloe,\n\nYour base salary component is therefore $135,714 per annum. You "
        + "may salary package up to $15,900 of your salary each FBT year for general living expenses, plus up to "
        + "$2,650 for meals and entertainment. To accept, please sign the attached contract and return it by "
        + "Thursday 10 December 2026.", TODAY);

    assertEquals(0, BigDecimal.valueOf(135_714).compareTo(letter.base().value()));
    assertFalse(letter.questions().stream().anyMatch(q -> q.contains("two base salaries")),
        () -> letter.questions().toString());
    assertEquals(LocalDate.of(2026, 12, 10), letter.deadline().value());
  }

  @Test
  void read_scheduledHoursAreFortyPerWeek_putsTheHourlyRateAsAYear() {
    OfferLetter letter = reader.read("Pay: $27.75 per hour. Scheduled hours are 40/week, 2nd shift.", TODAY);

    assertTrue(letter.questions().stream().anyMatch(q -> q.contains("for 40 hours a week")),
        () -> letter.questions().toString());
  }

  @Test
  void read_germanStufeAndDutchSchaal_areTheLevel() {
    OfferLetter german = reader.read("wir freuen uns, Ihnen die Position als Senior Backend-Entwicklerin (Stufe P3) "
        + "anzubieten. Ihr Bruttomonatsgehalt beträgt 6.250,00 EUR.", TODAY);
    OfferLetter dutch = reader.read("Graag bieden wij je de functie van Senior Product Designer aan, in schaal 9, "
        + "voor 40 uur per week. Bruto maandsalaris: € 5.400", TODAY);

    assertEquals("P3", german.level().value());
    assertEquals("Schaal 9", dutch.level().value());
  }

  @Test
  void read_enNombreDeACompany_isTheCompany() {
    OfferLetter letter = reader.read("Apreciado Andrés:\n\nEn nombre de Cafetal Tech S.A.S. nos complace ofrecerle el "
        + "cargo de Líder de Ingeniería de Software. Su remuneración será un salario integral de COP $32.000.000 "
        + "mensuales.", TODAY);

    assertEquals("Cafetal Tech S.A.S.", letter.company().value());
  }

  @Test
  void read_yearInZwoelfGleichenMonatsratenAndA13thMonthInTheNextSentence_putsTheMonthOnTop() {
    OfferLetter letter = reader.read("Sehr geehrter Herr Albrecht,\n\nIhr Jahresbruttogehalt beträgt 72.000 EUR, "
        + "zahlbar in zwölf gleichen Monatsraten.\n\nZusätzlich erhalten Sie ein 13. Monatsgehalt in Höhe eines "
        + "Bruttomonatsgehalts, das im November ausgezahlt wird.", TODAY);

    assertEquals(0, BigDecimal.valueOf(78_000).compareTo(letter.base().value()));
    assertTrue(letter.questions().stream().noneMatch(q -> q.contains("13th month")), () -> letter.questions().toString());
  }
}
