package com.compcoach.letter;

import com.compcoach.money.Period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each letter under {@code src/test/resources/letters/} read figure by figure against the {@code .expected.json}
 * beside it; a few also laid out as PDFs, which must read the same.
 */
class LetterReaderTest {

  /** The day the tests read letters on: relative deadlines in letters without a date count from it. */
  static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

  private static final ObjectMapper JSON = new ObjectMapper();
  private final LetterReader reader = new LetterReader();

  static Stream<String> letters() throws IOException, URISyntaxException {
    Path dir = Path.of(LetterReaderTest.class.getResource("/letters").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
          .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("letters")
  void read_letterText_matchesExpectedFigureByFigure(String name) {
    OfferLetter letter = reader.read(resource(name + ".txt"), TODAY);
    assertFields(name, expected(name), read(letter));
    assertSourcesAreTheLettersSentences(letter, resource(name + ".txt"));
  }

  @ParameterizedTest(name = "{0} as PDF")
  @ValueSource(strings = {"us-public-rsu-seattle", "uk-plc-table", "canada-semimonthly-usd-rsu", "eu-germany-vsop",
      "us-startup-options", "us-bank-tabbed", "startup-salary-deferred-until-funding",
      "uk-basic-salary-monthly-car-allowance-pension-on-target-payout-25-days-holiday",
      "us-relocation-lump-sum-with-its-own-clawback-beside-a-stepped-sign-on",
      "us-pto-days-paid-company-holidays-401k-match-written-with-its-verb",
      "netherlands-yearly-salary-including-the-8-percent-holiday-allowance-vacation-days",
      "uk-per-annum-holiday-in-working-days-notice-period-is-no-time-off-pension-percent",
      "germany-letter-in-english-brutto-full-time-position-would-be-part-time-three-days-a-week",
      "us-signature-company-name-wrapped-over-two-lines",
      "us-signature-company-wrapped-with-its-legal-form-alone-on-the-last-line",
      "uk-bank-numbered-clauses-role-based-allowance-holiday-plus-bank-holidays-pro-rated-notice-period",
      "germany-letter-in-english-13-monthly-salaries-30-days-leave-probation-first-six-months-notice-thereafter-in-the-next-sentence",
      "us-federal-faa-title-specialty-before-fv-grade-report-date-annual-leave-hours-per-bi-weekly-pay-period",
      "uk-letterhead-line-insurance-group-without-legal-form-is-the-company-bonus-up-to-holiday-plus-bank-holidays",
      "uk-letterhead-bank-over-department-line-and-address-is-the-company",
      "germany-gmbh-in-english-statutory-notice-periods-apply-after-probation-working-hours-30-working-days",
      "canada-ltd-esops-at-exercise-price-are-options-bonus-percent-and-amount-notice-under-employment-standards-act"})
  void read_letterLaidOutAsPdf_readsTheSameAsItsText(String name) {
    LetterFile.Contents contents = LetterFile.read(LetterPdfs.of(resource(name + ".txt")));
    assertTrue(contents instanceof LetterFile.Text, () -> "unreadable: " + contents);
    OfferLetter letter = reader.read(((LetterFile.Text) contents).text(), TODAY);
    assertFields(name + " (PDF)", expected(name), read(letter));
  }

  @Test
  void read_fortyThousandCharactersOfNoise_asksInsteadOfFailing() {
    // Its CPU is measured by bench/hostile-messages.sh (HostileMessageCost), not timed here.
    String letter = resource("us-public-rsu-seattle.txt") + resource("uk-plc-table.txt");
    String big = (letter.repeat(40_000 / letter.length() + 1)).substring(0, 40_000);
    String digits = "1,000.000,00 $£€ 5/15/40/40 1/48th ".repeat(40_000 / 35 + 1).substring(0, 40_000);
    String noSpaces = "a".repeat(40_000);

    OfferLetter repeated = reader.read(big, TODAY);
    assertTrue(repeated.questions().stream().anyMatch(q -> q.contains("two base salaries")),
        () -> repeated.questions().toString());
    for (String noise : List.of(digits, noSpaces)) {
      OfferLetter read = reader.read(noise, TODAY);
      assertEquals(false, read.hasFigures(), () -> "figures read from noise: " + read);
      assertTrue(read.questions().get(0).startsWith("What is the yearly base salary?"), () -> read.questions().toString());
    }
  }

  @Test
  void read_lineOfTenThousandDots_asksInsteadOfOverflowing() {
    OfferLetter letter = reader.read("Base salary " + ".".repeat(10_000) + " $196,000", TODAY);

    assertEquals(BigDecimal.valueOf(196_000), letter.base().value());
  }

  @Test
  void read_textWithNoOfferInIt_asksForTheBaseAndReadsNoFigures() {
    OfferLetter letter = reader.read("Hi! Looking forward to chatting next week about the team.", TODAY);
    assertEquals(false, letter.hasFigures());
    assertTrue(letter.questions().get(0).startsWith("What is the yearly base salary?"));
  }

  @Test
  void read_twoDifferentBaseSalaries_asksWhichOneInsteadOfChoosing() {
    OfferLetter letter = reader.read("Your base salary will be $180,000 per year.\n\nBase salary: $190,000.", TODAY);
    assertTrue(letter.questions().stream().anyMatch(q -> q.contains("two base salaries")),
        () -> letter.questions().toString());
  }

  @Test
  void read_monthlySalaryIncludingTheHolidayAllowance_asksForTheBaseInsteadOfAYearOfOneMonth() {
    OfferLetter letter = reader.read(
        "Your gross monthly salary will be €5,400 per month, including the 8% holiday allowance.", TODAY);

    assertEquals(null, letter.base());
    assertTrue(letter.questions().get(0).startsWith("What is the yearly base salary?"), letter.questions().toString());
  }

  @Test
  void read_fullTimeOfferAtAnAnnualSalary_isTheBaseNotAFullTimeEquivalent() {
    OfferLetter letter = reader.read("You will be employed full-time at an annual salary of $120,000.", TODAY);

    assertEquals(BigDecimal.valueOf(120_000), letter.base().value());
  }

  @Test
  void read_timeOffAccruedMonthly_isNoCountAMonth() {
    OfferLetter letter = reader.read("Your base salary will be $150,000 a year. You will receive 15 days of paid time "
        + "off, accrued monthly.", TODAY);

    assertEquals(1, letter.timeOff().size());
    assertEquals(null, letter.timeOff().get(0).value().per());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Comp: $205k base + 15% target bonus|15",
      "Compensation: $190,000 base salary plus a 12% annual performance bonus.|12",
      "Package: $170k base / 10% discretionary bonus / $20k signing bonus|10"})
  void read_bonusPercentWrittenBeforeItsQualifiedName_isTheBonusTarget(String sentence, int percent) {
    OfferLetter letter = reader.read(sentence, TODAY);

    assertEquals(0, BigDecimal.valueOf(percent).compareTo(letter.bonus().value().percent()), sentence);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "We'd love an answer by Friday 12/11.|2026-12-11",
      "Please reply by Monday, 12/14 at the latest.|2026-12-14",
      "Kindly confirm by Tuesday 12/1.|"})
  void read_weekdayBeforeYearlessSlashedDate_isTheDeadlineWhenTheWeekdayAgrees(String sentence, String deadline) {
    OfferLetter letter = reader.read("Your base salary will be $150,000 a year. " + sentence, TODAY);

    assertEquals(deadline == null ? null : LocalDate.parse(deadline),
        letter.deadline() == null ? null : letter.deadline().value(), sentence);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Salary: CAD $6,250.00 bi-weekly (26 pay periods per year), less applicable deductions.|162500",
      "Your salary is $3,000 weekly, paid every Friday.|156000",
      "Your salary will be £7,500 monthly.|90000",
      "Base pay: USD 6,000.00 semi-monthly.|144000"})
  void read_salaryWithItsPeriodWordRightAfterIt_isAYearsWorth(String sentence, long yearly) {
    assertEquals(BigDecimal.valueOf(yearly), reader.read(sentence, TODAY).base().value(), sentence);
  }

  @Test
  void read_monthlySalaryInFourteenPayments_isFourteenMonthsAYear() {
    OfferLetter letter = reader.read("Your gross monthly salary will be € 5.000,00, paid in 14 instalments.", TODAY);
    assertEquals(BigDecimal.valueOf(70_000), letter.base().value());
    assertEquals("EUR", letter.currencyCode());
  }

  @Test
  void read_bonusGivenAsARange_asksWhichFigureInsteadOfPickingOne() {
    OfferLetter letter = reader.read("Your base salary will be $150,000.00 per annum. You are eligible for a target "
        + "bonus of 10–15% of your base salary.", TODAY);

    assertEquals(null, letter.bonus());
    assertTrue(letter.questions().stream().anyMatch(q -> q.contains("bonus as a range (10–15%)")),
        () -> letter.questions().toString());
    assertTrue(letter.questions().stream().noneMatch(q -> q.startsWith("What is the bonus target")),
        () -> letter.questions().toString());
  }

  @Test
  void read_dateRangeAndDatesInTheSentence_areNotFigures() {
    OfferLetter letter = reader.read("Your base salary will be $192,500.00 per annum, starting between March 1-15, "
        + "2027; please reply by 1/3/2027 or call +1 (555) 123-4567.", TODAY);

    assertEquals(BigDecimal.valueOf(192_500), letter.base().value());
    assertTrue(letter.questions().stream().noneMatch(q -> q.contains("range") || q.contains("two base")),
        () -> letter.questions().toString());
  }

  @Test
  void read_signOnRepayableIfILeaveInMonths_isAClawbackOverThoseMonths() {
    OfferLetter letter = reader.read("Base salary: $285,000\nSign-on: $50,000 (repayable if I leave in 12 months)",
        TODAY);

    assertEquals(new Clawback(12, false), letter.signOn().value().clawback());
  }

  @Test
  void read_signOnInWordsWithItsFigureInBrackets_readsItOnce() {
    OfferLetter letter = reader.read("Your base salary will be £88,000.50 per annum. You will receive a signing bonus "
        + "of Twenty Thousand Pounds (£20,000.00), repayable in full if you leave within 12 months.", TODAY);

    assertEquals(BigDecimal.valueOf(20_000), letter.signOn().value().amount());
    assertEquals(new BigDecimal("88000.5"), letter.base().value());
    assertEquals("GBP", letter.currencyCode());
  }

  @Test
  void read_salaryWithPence_keepsThePenceInTheOfferAsRead() {
    OfferLetter letter = reader.read("Your base salary will be £88,000.50 per annum, and a relocation allowance of "
        + "£3,250.75 is paid with your first salary.", TODAY);

    assertEquals(List.of("£88,000.50 a year", "£3,250.75"), LetterFields.of(letter).stream()
        .filter(f -> f.key().equals("base") || f.key().equals("relocation")).map(LetterFields.Field::shown).toList());
  }

  @Test
  void read_letterQuotedBelowANoteWithNoFigures_readsTheQuotedLetter() {
    OfferLetter letter = reader.read("Hi, what do you think of this? See below.\n\n"
        + "On Mon, Nov 30, 2026 at 9:15 AM Megan Ortiz <megan@example.com>\nwrote:\n"
        + "> We're thrilled to offer you the Senior Backend Engineer role! Base salary of $175,000 and a 12% annual\n"
        + "> bonus target.\n", TODAY);

    assertEquals(BigDecimal.valueOf(175_000), letter.base().value());
    assertEquals(BigDecimal.valueOf(12), letter.bonus().value().percent());
  }

  @Test
  void read_replyAboveAnOutlookQuote_readsOnlyTheReply() {
    OfferLetter letter = reader.read("Hi Sam,\n\nWe can move the base salary to $190,000.\n\nThanks,\nMegan\n\n"
        + "From: Sam Patel\nSent: Tuesday, December 1, 2026 4:02 PM\nSubject: RE: Offer\n\n"
        + "I have a competing offer with a base salary of $200,000.\n", TODAY);

    assertEquals(BigDecimal.valueOf(190_000), letter.base().value());
    assertTrue(letter.questions().stream().noneMatch(q -> q.contains("two base")), () -> letter.questions().toString());
  }

  @Test
  void read_thingsListedAfterNotEligibleFor_areNotAskedAbout() {
    OfferLetter letter = reader.read("Your base salary will be $150,000 per year. As a contractor you will not be "
        + "eligible for holiday pay, bonus, pension or equity. You are not required to relocate, and your sign-on "
        + "bonus of $5,000 is repayable within 12 months.", TODAY);

    assertEquals(BigDecimal.valueOf(5_000), letter.signOn().value().amount());
    assertTrue(letter.questions().stream().noneMatch(q -> q.contains("bonus target") || q.contains("equity")),
        () -> letter.questions().toString());
  }

  @Test
  void read_figureRestatedInBrackets_isOneFigureAndTheNextPhraseKeepsItsOwn() {
    OfferLetter letter = reader.read("Your fixed pay will be Rs. 32,00,000 per annum (₹32 LPA) and your annual "
        + "variable pay at target will be Rs. 4,80,000.", TODAY);

    assertEquals(BigDecimal.valueOf(3_200_000), letter.base().value());
    assertEquals(BigDecimal.valueOf(480_000), letter.bonus().value().amount());
    assertEquals("INR", letter.currencyCode());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Day rate: £725 per day, outside IR35, payable monthly against approved timesheets.",
      "You will be paid a daily rate of £650 for each day worked."})
  void read_dayRate_asksForTheDaysInsteadOfGuessingAYear(String sentence) {
    OfferLetter letter = reader.read(sentence, TODAY);

    assertEquals(null, letter.base());
    assertTrue(letter.questions().stream().anyMatch(q -> q.startsWith("The letter gives a day rate")),
        () -> letter.questions().toString());
  }

  @Test
  void read_monthlySalaryWithThirteenSalariesInTheNextSentence_isThirteenMonthsAYear() {
    OfferLetter letter = reader.read("Your gross monthly salary (Bruttomonatsgehalt) will be EUR 6.800,00. You will "
        + "receive 13 monthly salaries per year. In addition you are eligible for an annual bonus with a target of "
        + "EUR 8.000,00 gross at 100% target achievement.", TODAY);

    assertEquals(BigDecimal.valueOf(88_400), letter.base().value());
    assertEquals(new Bonus(null, BigDecimal.valueOf(8_000)), letter.bonus().value());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Your base salary will be AUD $182,000 per annum plus superannuation, in total AUD $203,840.",
      "Your base salary will be £56,000 per annum. You will receive a car allowance of £4,800 per annum.",
      "Your base salary will be $245,000. You are also eligible for a retention bonus of $50,000 after two years."})
  void read_figuresThatAreNoFieldOfTheOffer_areNeitherBaseNorBonus(String text) {
    OfferLetter letter = reader.read(text, TODAY);

    assertEquals(null, letter.bonus());
    assertTrue(letter.questions().stream().noneMatch(q -> q.contains("two base")), () -> letter.questions().toString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "185k base / 15% bonus / 120k RSUs over 4y (1y cliff) / 25k sign on;120000;",
      "$172k base | 10% bonus | $150K RSUs vesting over 4 years | $15k sign-on;150000;",
      "185k base / 15% bonus / 12k shares over 4y (1y cliff) / 25k sign on;;12000"})
  void read_oneLineOfferWithAThousandsMark_readsRsusAsMoneyAndSharesAsACount(String line, Long value, Long shares) {
    OfferLetter letter = reader.read("Here is where we landed, for the Senior Engineer role:\n\n" + line + "\n", TODAY);

    assertEquals(value, letter.equity().value().value());
    assertEquals(shares, letter.equity().value().shares());
    assertEquals(4, letter.equity().value().schedule().size());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "We are pleased to offer you a role at Acme, Inc. as a Data Engineer in Austin.|Acme, Inc.",
      "Welcome to Hikari Systems Co., Ltd. and to Tokyo.|Hikari Systems Co., Ltd.",
      "Coral Sea Analytics Pty Ltd\\nWe are pleased to offer you the role of Analyst with Coral Sea Analytics Pty Ltd.|"
          + "Coral Sea Analytics Pty Ltd",
      "On behalf of Summit Tech Staffing, I'm pleased to offer you a role with our client, Pellucid Systems, Inc., in "
          + "Raleigh.|Pellucid Systems, Inc."})
  void read_companyWithALegalForm_keepsItsPointAsTheLetterWritesIt(String text, String company) {
    OfferLetter letter = reader.read(text.replace("\\n", "\n") + "\nYour base salary will be $120,000 per year.", TODAY);

    assertEquals(company, letter.company().value());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Acme LLC | 1 Main St, Springfield, IL 62701 | Confidential\nOffer of Employment - J. Doe        Page 2 of 3",
      "\nCONFIDENTIAL\nPage 1\n", "\n- 2 -\n", "\n2 of 3\n"})
  void read_pageBreakInTheMiddleOfASentence_readsTheSentenceWhole(String furniture) {
    OfferLetter letter = reader.read("Dear Sam,\n\nYour base salary will be $128,000 per year. You will receive a "
        + "sign-on bonus of $7,500. Should you resign within the first twelve\n\n" + furniture + "\n\nmonths of "
        + "employment, you will repay the sign-on bonus in full.\n", TODAY);

    assertEquals(12, letter.signOn().value().clawback().months());
    assertTrue(letter.questions().stream().noneMatch(q -> q.contains("repaid")), () -> letter.questions().toString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "the position of Senior Product Ana-\\nlyst, reporting to the Director.|Senior Product Analyst",
      "the position of Staff Engineer, Data Plat-\\nform, reporting to the Director.|Staff Engineer, Data Platform"})
  void read_wordBrokenAtALineEnd_isOneWord(String text, String title) {
    OfferLetter letter = reader.read("We are pleased to offer you " + text.replace("\\n", "\n"), TODAY);

    assertEquals(title, letter.title().value());
  }

  @Test
  void read_compoundBrokenAtItsHyphen_keepsTheHyphenAndReadsThePhrase() {
    OfferLetter letter = reader.read("Your base salary will be $150,000 per year. You will receive a one-time sign-\n"
        + "on bonus of $10,000, repayable in full if you leave within 12 months.", TODAY);

    assertEquals(0, BigDecimal.valueOf(10_000).compareTo(letter.signOn().value().amount()));
  }

  @Test
  void read_deadlineWhoseTimeEndsALine_readsTheDateOnTheNextLine() {
    OfferLetter letter = reader.read("Your base salary will be $150,000 per year. This offer will expire at 5:00 p.m.\n"
        + "Pacific on Thursday, December 10, 2026, unless accepted before then.", TODAY);

    assertEquals(LocalDate.of(2026, 12, 10), letter.deadline().value());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Your Total Remuneration Package will be $180,000 per annum inclusive of superannuation. Superannuation is paid "
          + "at the statutory rate, currently 12%.|160714.29",
      "Base salary: $165,000 per annum including superannuation at 12%.|147321.43"})
  void read_packageInclusiveOfSuper_isTheBaseWithoutSuperWithANote(String text, BigDecimal base) {
    OfferLetter letter = reader.read("Banksia Cloud Pty Ltd, Melbourne.\n\n" + text, TODAY);

    assertEquals(base, letter.base().value());
    assertTrue(letter.notes().stream().anyMatch(n -> n.contains("without the superannuation")), () -> letter.notes().toString());
  }

  @Test
  void read_packageInclusiveOfSuperWithNoRate_asksForTheBaseInsteadOfGuessing() {
    OfferLetter letter = reader.read("Your package will be AUD $180,000 per annum inclusive of super.", TODAY);

    assertEquals(null, letter.base());
    assertTrue(letter.questions().stream().anyMatch(q -> q.contains("without super")), () -> letter.questions().toString());
  }

  @Test
  void read_strikeSetAtTheFairMarketValue_isTheLetters409aValueWithANote() {
    OfferLetter letter = reader.read("Your base salary will be $178,000 per year. You will be granted an option to "
        + "purchase 48,000 shares. The exercise price per share will be equal to the fair market value on the date of "
        + "grant; our most recent 409A valuation set that value at $1.85 per share.", TODAY);

    assertEquals(new BigDecimal("1.85"), letter.equity().value().pricePerShare());
    assertTrue(letter.questions().stream().noneMatch(q -> q.contains("strike")), () -> letter.questions().toString());
    assertTrue(letter.notes().stream().anyMatch(n -> n.contains("409A")), () -> letter.notes().toString());
  }

  @Test
  void read_hourlyContractBeforeAYearlySalary_isTheSalaryWithTheRateInANote() {
    OfferLetter letter = reader.read("Contract phase: you'll be paid $68.00 per hour for an expected 40 hours per "
        + "week. On conversion, your base salary will be $138,000 per year.", TODAY);

    assertEquals(BigDecimal.valueOf(138_000), letter.base().value());
    assertTrue(letter.questions().stream().noneMatch(q -> q.contains("hourly")), () -> letter.questions().toString());
    assertTrue(letter.notes().stream().anyMatch(n -> n.contains("$68.00 an hour")), () -> letter.notes().toString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"$68 per hour; $68 an hour", "$68.50 per hour; $68.50 an hour",
      "$68.00 per hour; $68.00 an hour"})
  void read_hourlyRateBesideASalary_isShownAsTheLetterWritesIt(String written, String shown) {
    OfferLetter letter = reader.read("During the contract you'll be paid " + written + ". On conversion, your base "
        + "salary will be $138,000 per year.", TODAY);

    assertTrue(letter.notes().stream().anyMatch(n -> n.contains(shown)), () -> letter.notes().toString());
  }

  @Test
  void read_guaranteedFirstYearBonus_asksWhatItPaysAfter() {
    OfferLetter letter = reader.read("Your base salary will be $225,000 per year. For the 2027 performance year only, "
        + "your bonus will be guaranteed at not less than $150,000.", TODAY);

    assertEquals(BigDecimal.valueOf(150_000), letter.bonus().value().amount());
    assertTrue(letter.questions().stream().anyMatch(q -> q.contains("guarantee")), () -> letter.questions().toString());
  }

  @Test
  void read_replyThatPointsBelowPastTheCandidatesCounter_takesTheRestFromTheOffer() {
    OfferLetter letter = reader.read("""
        Hi Sam,

        We can move the base to $190,000. Everything else stays as it was.

        Megan

        On Tue, Dec 1, 2026 at 4:02 PM Sam Patel wrote:
        > I have a competing offer at $200,000 base with a $30,000 sign-on.
        >
        > On Mon, Nov 30, 2026 at 9:15 AM Megan Ortiz wrote:
        >> Base salary of $175,000 and a $10,000 sign-on bonus, repayable within 12 months.
        """, TODAY);

    assertEquals(BigDecimal.valueOf(190_000), letter.base().value());
    assertEquals(0, BigDecimal.valueOf(10_000).compareTo(letter.signOn().value().amount()));
    assertTrue(letter.questions().stream().noneMatch(q -> q.contains("two base")), () -> letter.questions().toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"3,000 RSUs, 4-year vest, 25% after year one then quarterly",
      "3,000 RSUs, 4-year vest, 25% after one year, then monthly"})
  void read_firstYearThenAPace_isTheFirstYearAndTheRestEvenly(String equity) {
    OfferLetter letter = reader.read("Base salary: $150,000 per year.\nEquity: " + equity + "\n", TODAY);

    assertEquals(List.of(BigDecimal.valueOf(25), BigDecimal.valueOf(25), BigDecimal.valueOf(25),
        BigDecimal.valueOf(25)), letter.equity().value().schedule());
    assertEquals(12, letter.equity().value().cliffMonths());
  }

  @Test
  void read_variablePayAtFullPerformance_isAnAmountNotAHundredPercentBonus() {
    OfferLetter letter = reader.read("Your annual CTC is INR 42 lakhs, of which the fixed component is INR 36 lakhs and "
        + "the variable component (at 100% performance) is INR 6 lakhs.", TODAY);

    assertEquals(null, letter.bonus().value().percent());
    assertEquals(BigDecimal.valueOf(600_000), letter.bonus().value().amount());
  }

  @Test
  void read_floorInAnAustralianLetterhead_isNoLevel() {
    OfferLetter letter = reader.read("Wattle & Reef Software Pty Ltd\nLevel 9, 1 Martin Place, Sydney NSW 2000\n\n"
        + "Dear Lachlan,\n\nYour base salary will be AUD $182,000 per annum.", TODAY);

    assertEquals(null, letter.level());
    assertEquals("Wattle & Reef Software Pty Ltd", letter.company().value());
  }

  @Test
  void read_figureWrittenRightBeforeItsPhrase_isThatPhrasesNotTheOneBefore() {
    OfferLetter letter = reader.read("The base salary is $120,000, plus a 10% annual bonus target and $40,000 in RSUs "
        + "vesting over 4 years.", TODAY);

    assertEquals(0, BigDecimal.TEN.compareTo(letter.bonus().value().percent()));
    assertEquals(null, letter.bonus().value().amount());
    assertEquals(40_000L, letter.equity().value().value());
    assertEquals(List.of(BigDecimal.valueOf(25), BigDecimal.valueOf(25), BigDecimal.valueOf(25),
        BigDecimal.valueOf(25)), letter.equity().value().schedule());
  }

  @Test
  void read_grantAsAPercentOfTheCompany_asksForTheSharesInsteadOfValuingIt() {
    OfferLetter letter = reader.read("Your starting salary will be $150,000 per year. You will be granted options "
        + "equal to 0.50% of the Company's fully diluted shares, vesting over four years with a one-year cliff.", TODAY);

    assertEquals(null, letter.equity());
    assertTrue(letter.questions().stream().anyMatch(q -> q.startsWith("The grant is 0.5% of the company")),
        () -> letter.questions().toString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Your monthly basic salary will be S$13,500.|162000",
      "Your basic salary will be £62,000 per annum with on-target earnings (OTE) of £110,000.|62000"})
  void read_basicSalaryOutsideACostToCompanyLetter_isTheBase(String text, long yearly) {
    assertEquals(BigDecimal.valueOf(yearly), reader.read(text, TODAY).base().value());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "Your annual base salary will be JPY 11,400,000. You will be eligible for a performance bonus with a target of 2 "
          + "months' base salary.|1900000",
      "Your monthly gross salary will be € 6.500, paid in 13 instalments. The annual bonus is one month's salary.|6500"})
  void read_bonusAsMonthsOfSalary_isThoseMonthsOfTheBase(String text, long amount) {
    OfferLetter letter = reader.read(text, TODAY);

    assertEquals(BigDecimal.valueOf(amount), letter.bonus().value().amount());
    assertTrue(letter.questions().stream().noneMatch(q -> q.contains("bonus target")), () -> letter.questions().toString());
  }

  @Test
  void read_startAndDeadlineInOneSentence_eachTakesTheDateAfterItsWords() {
    OfferLetter letter = reader.read("Base salary: $120,000. We'd love to have you start January 18, 2027 - let us "
        + "know by December 11!", TODAY);

    assertEquals(LocalDate.of(2027, 1, 18), letter.startDate().value());
    assertEquals(LocalDate.of(2026, 12, 11), letter.deadline().value());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "You will be eligible for a discretionary bonus of up to 10% of your basic salary.",
      "Bonus: a maximum of 10% of base salary, at the Board's discretion.",
      "Your annual bonus is capped at 10% of salary.",
      "Prime : jusqu'à 10 % du salaire de base."})
  void read_bonusUpToAPercent_isACapAskedAboutNotATarget(String sentence) {
    OfferLetter letter = reader.read("Base salary: £82,000 per annum. " + sentence, TODAY);

    assertEquals(0, BigDecimal.TEN.compareTo(letter.bonus().value().percent()));
    assertTrue(letter.bonus().value().cap());
    assertTrue(letter.questions().stream().anyMatch(q -> q.startsWith("The bonus is up to 10% of base: a cap")),
        () -> letter.questions().toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "You may earn a bonus of up to 20% of base, with a target of 10%.",
      "Your target bonus is 10% of base, up to a maximum of 20%."})
  void read_bonusWithATargetAndACap_readsTheTarget(String sentence) {
    OfferLetter letter = reader.read("Base salary: $150,000 per year. " + sentence, TODAY);

    assertEquals(0, BigDecimal.TEN.compareTo(letter.bonus().value().percent()));
    assertEquals(false, letter.bonus().value().cap());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Salary: £60,000 per annum pro rata.",
      "The role is 0.6 FTE. Salary: £60,000 per annum pro rata, at 0.8 FTE in your first three months."})
  void read_partTimeLetterWithOnlyTheFullTimeSalary_asksForTheSalaryPaid(String text) {
    // No part of full time, or two that differ: the salary paid is asked, never worked out from a guess.
    OfferLetter letter = reader.read(text, TODAY);

    assertEquals(null, letter.base());
    assertTrue(letter.questions().get(0).startsWith("The letter gives £60,000 a year as the full-time salary"),
        () -> letter.questions().toString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The role is 0.6 FTE. Salary: £60,000 per annum pro rata.|36000|0.6",
      "Your salary will be $150,000 per year on a full-time equivalent basis, pro-rated to 80% for your 32-hour schedule.|120000|0.8",
      "This is a 3-day week (60% of full time). Salary: €70.000 per year pro rata.|42000|0.6"})
  void read_partTimeLetterWithTheFullTimeSalaryAndItsPart_paysThatPartAndSaysSo(String text, long base, String part) {
    OfferLetter letter = reader.read(text, TODAY);

    assertEquals(0, BigDecimal.valueOf(base).compareTo(letter.base().value()), text);
    assertTrue(letter.notes().stream().anyMatch(n -> n.contains("× " + part + " =")), () -> letter.notes().toString());
    assertTrue(letter.questions().stream().noneMatch(q -> q.contains("full-time salary")), () -> letter.questions().toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Your starting salary is $128,000 per year. After your six-month probation your salary will increase to $136,000.",
      "Your base salary will be $128,000 for the first six months and $136,000 thereafter."})
  void read_salaryThatStepsUpLater_isTheStartingSalaryWithANote(String text) {
    OfferLetter letter = reader.read(text, TODAY);

    assertEquals(BigDecimal.valueOf(128_000), letter.base().value());
    assertTrue(letter.questions().stream().noneMatch(q -> q.contains("two base")), () -> letter.questions().toString());
    assertTrue(letter.notes().stream().anyMatch(n -> n.contains("raises it to $136,000")), () -> letter.notes().toString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Your annual base salary will be $198,000 (revised from $185,000).|198000|USD",
      "Your base salary will be $198,000, up from $185,000 in our earlier letter.|198000|USD",
      "Your current salary of £118,000 per annum will be replaced by an annual base salary of $215,000.|215000|USD"})
  void read_figureTheLetterReplaces_isLeftOutAndNamed(String sentence, long base, String currency) {
    OfferLetter letter = reader.read(sentence, TODAY);

    assertEquals(BigDecimal.valueOf(base), letter.base().value());
    assertEquals(currency, letter.currencyCode());
    assertTrue(letter.questions().stream().noneMatch(q -> q.contains("two base")), () -> letter.questions().toString());
    assertTrue(letter.notes().stream().anyMatch(n -> n.startsWith("Left out as figures this letter replaces")),
        () -> letter.notes().toString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Monthly basic salary: S$8,000. You will receive an AWS of one month's basic salary in December.|104000",
      "Monthly salary: PHP 90,000. You are entitled to 13th month pay.|1170000",
      "Your gross monthly salary will be MXN $50,000.00. Aguinaldo: 15 days of salary.|625000",
      "Salário mensal: R$ 20.000,00, mais 13º salário.|260000",
      "Your monthly salary of EUR 5.000 is paid 14 times a year.|70000"})
  void read_monthlySalaryWithAnExtraMonth_countsTheMonthsTheLetterPays(String text, long yearly) {
    assertEquals(0, BigDecimal.valueOf(yearly).compareTo(reader.read(text, TODAY).base().value()), text);
  }

  @Test
  void read_awsNamingAmazonWebServices_isNoThirteenthMonth() {
    OfferLetter letter = reader.read("Monthly salary: S$8,000. You will spend one month on AWS training.", TODAY);

    assertEquals(BigDecimal.valueOf(96_000), letter.base().value());
  }

  @Test
  void read_yearlySalaryAndAThirteenthMonth_asksWhetherTheYearHoldsIt() {
    OfferLetter letter = reader.read("Annual base salary: S$108,000. You will also receive a 13th month bonus.", TODAY);

    assertEquals(BigDecimal.valueOf(108_000), letter.base().value());
    assertTrue(letter.questions().stream().anyMatch(q -> q.startsWith("The letter pays a 13th month besides")),
        () -> letter.questions().toString());
  }

  @Test
  void read_aguinaldoWithoutItsDays_asksHowManyInsteadOfGuessing() {
    OfferLetter letter = reader.read("Your gross monthly salary will be MXN $50,000.00 plus aguinaldo.", TODAY);

    assertEquals(BigDecimal.valueOf(600_000), letter.base().value());
    assertTrue(letter.questions().stream().anyMatch(q -> q.startsWith("How many days of salary is the aguinaldo?")),
        () -> letter.questions().toString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Your salary will rise from £70,000 to £78,000 a year from 1 April 2027.|78000|£70,000",
      "We are increasing your base from $140k to $155k, effective January 1, 2027.|155000|$140,000",
      "Your new base salary will be $212,000 per year (from $184,000).|212000|$184,000"})
  void read_changeFromOneSalaryToAnother_isTheNewOneWithTheOldInANote(String sentence, long base, String old) {
    OfferLetter letter = reader.read(sentence, TODAY);

    assertEquals(BigDecimal.valueOf(base), letter.base().value());
    assertTrue(letter.questions().stream().noneMatch(q -> q.contains("range") || q.contains("two base")),
        () -> letter.questions().toString());
    assertTrue(letter.notes().stream().anyMatch(n -> n.contains("replaces") && n.contains(old)),
        () -> letter.notes().toString());
  }

  @Test
  void read_bonusTargetGoingFromOnePercentToAnother_isTheNewTarget() {
    OfferLetter letter = reader.read("Base salary: $150,000. Your bonus target moves from 8% to 10% of base salary.",
        TODAY);

    assertEquals(0, new BigDecimal("10").compareTo(letter.bonus().value().percent()));
    assertTrue(letter.questions().stream().noneMatch(q -> q.contains("range")), () -> letter.questions().toString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Please let us know your decision no later than Friday.|2026-12-04",
      "Please respond by end of day Wednesday.|2026-12-09",
      "Kindly sign by COB Monday.|2026-12-07",
      "This offer will remain open for five business days from the date of this letter.|2026-12-10"})
  void read_deadlineAsAWeekdayOrBusinessDays_countsFromTheLettersDate(String sentence, String deadline) {
    OfferLetter letter = reader.read("Thursday, December 3, 2026\n\nDear Sam,\n\nYour base salary will be $150,000 "
        + "per year. " + sentence, TODAY);

    assertEquals(LocalDate.parse(deadline), letter.deadline().value());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Data de início: 1º de fevereiro de 2027.|2027-02-01",
      "Fecha de incorporación: 15 de enero de 2027.|2027-01-15",
      "Das Arbeitsverhältnis beginnt am 1. März 2027 in Hamburg.|2027-03-01",
      "Data di inizio: 1 febbraio 2027|2027-02-01",
      "Startdatum: 1 maart 2027|2027-03-01"})
  void read_startWrittenInAnotherLanguage_readsTheDate(String sentence, String start) {
    OfferLetter letter = reader.read("Base salary: €90,000 per year.\n" + sentence, TODAY);

    assertEquals(LocalDate.parse(start), letter.startDate().value());
  }

  @Test
  void read_formPastedALabelALineAboveItsValue_readsEachField() {
    OfferLetter letter = reader.read("OFFER DETAILS\n\nRole\nQA Lead\nBase Pay\n£72,500\nBonus\n5% of salary\n"
        + "Start Date\n3 May 2027\nOffer Expires\n18 December 2026\n", TODAY);

    assertEquals(BigDecimal.valueOf(72_500), letter.base().value());
    assertEquals(0, new BigDecimal("5").compareTo(letter.bonus().value().percent()));
    assertEquals("QA Lead", letter.title().value());
    assertEquals(LocalDate.of(2027, 5, 3), letter.startDate().value());
    assertEquals(LocalDate.of(2026, 12, 18), letter.deadline().value());
  }

  @Test
  void read_labelsWithTheirColonAboveTheirValues_readsEachField() {
    OfferLetter letter = reader.read("Position:\nSite Reliability Engineer II\nBase Salary:\n$150,000\nTarget Bonus:\n10%\n"
        + "Start Date:\nJanuary 25, 2027\n\nWe look forward to welcoming you to Quillwork Systems, Inc.", TODAY);

    assertEquals(BigDecimal.valueOf(150_000), letter.base().value());
    assertEquals("Site Reliability Engineer II", letter.title().value());
    assertEquals(LocalDate.of(2027, 1, 25), letter.startDate().value());
    assertEquals("Quillwork Systems, Inc.", letter.company().value());
  }

  @Test
  void read_tableRowsWithPeriodCountAndRepaymentElsewhere_readsEachAsTheLetterMeans() {
    OfferLetter letter = reader.read("""
        | Item | Amount | Frequency |
        |---|---|---|
        | Base salary | $12,500 | Monthly |
        | Sign-on bonus | $10,000 | One-time |
        | RSUs | 2,000 | vest quarterly over 4 years, 1-year cliff |

        Your start date is March 1, 2027. The sign-on bonus is repayable if you leave within 6 months.
        """, TODAY);

    assertEquals(BigDecimal.valueOf(150_000), letter.base().value());
    assertEquals(Long.valueOf(2_000), letter.equity().value().shares());
    assertEquals(Integer.valueOf(6), letter.signOn().value().clawback().months());
  }

  @Test
  void read_guaranteedMinimumBeforeTheTarget_isTheTargetWithTheFloorInANote() {
    OfferLetter letter = reader.read("Your first-year bonus is guaranteed at a minimum of $30,000. Thereafter, you are "
        + "eligible for an annual target bonus of 20% of base salary. Your base salary will be $150,000 per year.",
        TODAY);

    assertEquals(0, new BigDecimal("20").compareTo(letter.bonus().value().percent()));
    assertEquals(null, letter.bonus().value().amount());
    assertTrue(letter.notes().stream().anyMatch(n -> n.contains("$30,000") && n.contains("least")),
        () -> letter.notes().toString());
  }

  @Test
  void read_relocationPaidEachMonthBesideALumpSum_isTheLumpSum() {
    OfferLetter letter = reader.read("Your base salary will be $150,000 per year. We offer a relocation allowance of "
        + "$3,000 per month for up to three months and a lump sum of $10,000 for moving expenses.", TODAY);

    assertEquals(new BigDecimal("10000"), letter.relocation().value());
  }

  @Test
  void read_notEligibleForTwoThings_asksAboutNeither() {
    OfferLetter letter = reader.read("Your monthly stipend will be $7,000 per month. Interns are not eligible for the "
        + "annual bonus or equity programs.", TODAY);

    assertEquals(null, letter.equity());
    assertTrue(letter.questions().stream().noneMatch(q -> q.contains("equity") || q.contains("bonus")),
        () -> letter.questions().toString());
  }

  @Test
  void read_bonusPercentBeforeTheGrantInOneSentence_isNoVestingTranche() {
    OfferLetter letter = reader.read("Hi Sam, thrilled to share the details: base salary of $158,000, annual bonus "
        + "target 12%, and a new-hire RSU grant of $90,000 vesting over 3 years. Sign-on bonus of $15,000.", TODAY);

    assertEquals(3, letter.equity().value().schedule().size(), () -> letter.equity().value().schedule().toString());
  }

  @Test
  void read_refreshWordInACompanysName_asksNoRefresh() {
    OfferLetter letter = reader.read("We are pleased to offer you a role at Evergreen Health Partners, Inc. Base "
        + "salary: $150,000 per year. You will receive $80,000 in RSUs vesting annually over four years.", TODAY);

    assertEquals(null, letter.refresh());
    assertTrue(letter.questions().stream().noneMatch(q -> q.contains("refresh")), () -> letter.questions().toString());
  }

  @Test
  void read_unitsPricedInASentenceOfTheirOwn_areValuedAtThatPrice() {
    OfferLetter letter = reader.read("Base salary: $180,000 per year. You will receive 1,000 RSUs vesting quarterly "
        + "over four years. The number of units was set using the closing price of $50.00 per share on the NYSE.",
        TODAY);

    assertEquals(Long.valueOf(50_000), letter.equity().value().value());
  }

  @Test
  void read_companyWithoutLegalFormThenAPlace_readsBoth() {
    OfferLetter letter = reader.read("We'd love you to join Acme in Austin, Texas as a Staff Engineer. Base salary: "
        + "$190,000.", TODAY);

    assertEquals("Acme", letter.company().value());
    assertEquals("Austin, Texas", letter.location().value());
    assertEquals("Staff Engineer", letter.title().value());
  }

  @Test
  void read_companyThenAMonth_isNoPlace() {
    OfferLetter letter = reader.read("We'd love you to join Acme in January. Base salary: $190,000.", TODAY);

    assertEquals("Acme", letter.company().value());
    assertEquals(null, letter.location());
  }

  @Test
  void read_deadlineInHoursOfADatedLetter_isWorkedOutFromItsDateAndSaysHow() {
    OfferLetter letter = reader.read("December 4, 2026\n\nDear Sam,\n\nYour base salary will be $150,000 per year. "
        + "Please sign and return this letter within 72 hours.", TODAY.plusDays(3));

    assertEquals(LocalDate.of(2026, 12, 7), letter.deadline().value());
    assertTrue(letter.notes().contains("The answer date is worked out: 72 hours after the letter's date, Friday 4 "
        + "December 2026."), () -> letter.notes().toString());
  }

  @Test
  void read_deadlineCountedFromReceipt_isAskedNotDated() {
    OfferLetter letter = reader.read("December 4, 2026\n\nDear Sam,\n\nYour base salary will be $150,000 per year. "
        + "Please sign and return this letter within five business days of receipt.", TODAY);

    assertEquals(null, letter.deadline());
    assertTrue(letter.questions().contains("The letter wants your answer within five business days of receiving it; on "
        + "which day did it reach you? It is dated Friday 4 December 2026."), () -> letter.questions().toString());
  }

  @Test
  void read_payBeyondTheMainParts_isListedAsTheLetterValuesItNotAddedIn() {
    OfferLetter letter = reader.read("Your base salary will be £80,000 per annum. You will receive a car allowance of "
        + "£5,000 per annum. After two years you will receive a retention bonus of £10,000. Phone stipend: £40 per "
        + "month. Pension: the Company contributes 6% of your basic salary.", TODAY);

    assertEquals(BigDecimal.valueOf(80_000), letter.base().value());
    assertEquals(null, letter.bonus());
    assertEquals(List.of(new Extra("car allowance", BigDecimal.valueOf(5_000), false, Period.YEAR, false),
        new Extra("retention bonus", BigDecimal.valueOf(10_000), false, null, false),
        new Extra("phone stipend", BigDecimal.valueOf(40), false, Period.MONTH, false),
        new Extra("pension", BigDecimal.valueOf(6), true, null, true)),
        letter.extras().stream().map(Quote::value).toList());
    assertTrue(LetterFields.of(letter).stream().anyMatch(f -> f.shown().equals("£5,000 a year, beside the offer (not "
        + "counted in it)")), () -> LetterFields.of(letter).toString());
  }

  @Test
  void read_linesUnderAMonthlyHeading_areMonthlyFigures() {
    OfferLetter letter = reader.read("Dear Rahul,\n\nWe are pleased to offer you the position of Lead Data Engineer.\n\n"
        + "1. Monthly remuneration\n   Basic salary: AED 28,000\n   Housing allowance: AED 12,000\n"
        + "   Total monthly salary: AED 43,000\n\n2. Annual performance bonus: up to two (2) months' basic salary.\n",
        TODAY);

    assertEquals(0, BigDecimal.valueOf(336_000).compareTo(letter.base().value()));
    assertEquals(List.of(new Extra("housing allowance", BigDecimal.valueOf(12_000), false, Period.MONTH, false)),
        letter.extras().stream().map(Quote::value).toList());
    assertEquals(0, BigDecimal.valueOf(56_000).compareTo(letter.bonus().value().amount()));
    assertTrue(letter.questions().stream().noneMatch(q -> q.contains("two base salaries")), letter.questions()::toString);
  }

  @Test
  void read_extraNamedWithoutAFigure_isListedToBeAskedAbout() {
    OfferLetter letter = reader.read("Your monthly basic salary will be S$9,800. The Company will make CPF "
        + "contributions in accordance with statutory requirements.", TODAY);

    assertEquals(List.of(new Extra("cpf contributions", null, false, null, false)),
        letter.extras().stream().map(Quote::value).toList());
    assertTrue(LetterFields.of(letter).stream().anyMatch(f -> f.shown().startsWith("named, with no figure")));
  }

  @Test
  void read_extraWithItsFigureInTheNextSentence_takesThatFigure() {
    OfferLetter letter = reader.read("Salary: Your basic salary will be €98,500 per annum. Pension: The Company "
        + "operates a defined contribution pension scheme. The Company will match your contributions up to 6% of basic "
        + "salary.", TODAY);

    assertEquals(List.of(new Extra("pension", BigDecimal.valueOf(6), true, null, true)),
        letter.extras().stream().map(Quote::value).toList());
  }

  @Test
  void read_cappedBonusWithAGuaranteedFirstYear_readsTheGuaranteeAndNotesTheCap() {
    OfferLetter letter = reader.read("Base Salary: $250,000 per annum. Annual Bonus: You will be eligible for a "
        + "discretionary annual bonus of up to 20% of your base salary. For the 2027 performance year only, your bonus "
        + "will be no less than $25,000.", TODAY);

    assertEquals(new Bonus(null, BigDecimal.valueOf(25_000), false), letter.bonus().value());
    assertTrue(letter.notes().stream().anyMatch(n -> n.contains("up to 20% of base, a cap, not a target")),
        letter.notes()::toString);
    assertTrue(letter.questions().stream().anyMatch(q -> q.contains("is a guarantee")), letter.questions()::toString);
  }

  @Test
  void read_optionsWithAStrike_keepCountAndStrikeAndAreNeverValued() {
    OfferLetter letter = reader.read("Your base salary will be £88,000 per annum. You will be granted 5,000 share "
        + "options under our EMI scheme at an exercise price of £2.10 per share, vesting over four years.", TODAY);

    Equity e = letter.equity().value();
    assertEquals(5_000L, e.shares());
    assertEquals(0, new BigDecimal("2.10").compareTo(e.pricePerShare()));
    assertEquals(null, e.value());
    assertTrue(letter.notes().stream().anyMatch(n -> n.startsWith("The 5,000 options are given no value")),
        letter.notes()::toString);
    assertTrue(letter.questions().stream().noneMatch(q -> q.contains("value the grant")), letter.questions()::toString);
  }

  @Test
  void read_remainderMonthlyOverTheFollowing36MonthsAfterACliff_vestsOverFourYears() {
    OfferLetter letter = reader.read("Your base salary will be $192,000. You will be granted an option to purchase "
        + "60,000 shares. Your options vest with 25% vesting after a one-year cliff and the remainder vesting monthly "
        + "over the following 36 months.", TODAY);

    assertEquals(List.of(BigDecimal.valueOf(25), BigDecimal.valueOf(25), BigDecimal.valueOf(25), BigDecimal.valueOf(25)),
        letter.equity().value().schedule());
    assertEquals("monthly", letter.equity().value().frequency());
  }

  @Test
  void read_grantVestingWrittenInTheSignOnSentence_isReadNotAsked() {
    OfferLetter letter = reader.read("Your base salary will be $150,000 per year. You will receive a sign-on bonus of "
        + "$20,000 and a grant of 2,000 RSUs (25% per year).", TODAY);

    assertEquals(4, letter.equity().value().years());
    assertEquals(0, BigDecimal.valueOf(20_000).compareTo(letter.signOn().value().amount()));
    assertTrue(letter.questions().stream().noneMatch(q -> q.contains("How does the grant vest")),
        letter.questions()::toString);
  }

  @Test
  void read_refreshGrantAwardedNow_isTheGrantButOneToBeEligibleForIsNot() {
    OfferLetter awarded = reader.read("Effective April 1, 2027, your annual base salary will be adjusted to $148,500. "
        + "You have also been awarded a refresh grant of 450 restricted stock units, which will vest in three equal "
        + "annual installments.", TODAY);
    OfferLetter eligible = reader.read("Your annual base salary will be $148,500. You will be eligible for annual "
        + "refresh grants of 450 restricted stock units.", TODAY);

    assertEquals(450L, awarded.equity().value().shares());
    assertEquals(3, awarded.equity().value().years());
    assertEquals(null, eligible.equity());
  }

  @Test
  void read_lastYearsBonusPayout_isNotTheBonus() {
    OfferLetter letter = reader.read("Your annual base salary will be $148,500. Your target annual bonus remains 12% of "
        + "eligible earnings. Based on 2026 performance, your bonus payout for 2026 will be $17,250.", TODAY);

    assertEquals(new Bonus(BigDecimal.valueOf(12), null, false), letter.bonus().value());
  }

  @Test
  void read_choiceOfPackages_asksWhichInsteadOfPickingOne() {
    OfferLetter letter = reader.read(resource("us-two-packages-option-a-higher-base-option-b-more-equity.txt"), TODAY);

    assertEquals(null, letter.base());
    assertEquals(null, letter.equity().value().shares());
    assertTrue(letter.questions().get(0).startsWith("The letter offers a choice of packages: Option A: higher base "
        + "(Base salary: $185,000 per year; Stock options: 8,000 options); Option B: more equity"),
        () -> letter.questions().toString());
    assertTrue(letter.questions().stream().noneMatch(q -> q.contains("two base salaries")));
  }

  @Test
  void read_optionsInALetterOutsideTheUs_askForItsCountrysValuationNotA409A() {
    OfferLetter letter = reader.read("Your fixed salary will be ₹36,00,000 per annum. You will be granted 2,000 stock "
        + "options under the Company's ESOP 2024, vesting over 4 years with a 1-year cliff.", TODAY);

    assertTrue(letter.questions().stream().anyMatch(q -> q.contains("tax valuation (fair market value)")),
        () -> letter.questions().toString());
    assertTrue(letter.questions().stream().noneMatch(q -> q.contains("409A")), () -> letter.questions().toString());
  }

  @Test
  void read_vestingTableOfQuarterlyDates_readsTheYearsTheCliffAndThePace() {
    StringBuilder text = new StringBuilder("Your base salary will be $170,000 per year. Your start date will be "
        + "March 1, 2027. You will be granted 1,600 restricted stock units, which vest on these dates:\n\n");
    text.append("March 1, 2028 | 400\n");
    for (int q = 1; q <= 12; q++) {
      text.append(LocalDate.of(2028, 3, 1).plusMonths(3L * q)).append(" | 100\n");
    }
    Equity e = reader.read(text.toString(), TODAY).equity().value();

    assertEquals(List.of(new BigDecimal("25"), new BigDecimal("25"), new BigDecimal("25"), new BigDecimal("25")),
        e.schedule());
    assertEquals(Integer.valueOf(12), e.cliffMonths());
    assertEquals("quarterly", e.frequency());
  }

  @Test
  void read_figuresInWordsThenDigits_readsTheDigitsForCountPriceAndVesting() {
    OfferLetter letter = reader.read("Your base salary will be one hundred sixty thousand dollars ($160,000.00). You "
        + "will be granted an option to purchase ten thousand (10,000) shares at an exercise price of two dollars and "
        + "ten cents ($2.10) per share. The option vests over four (4) years, with twenty-five percent (25%) vesting "
        + "after twelve (12) months and the remainder monthly over the following thirty-six (36) months.", TODAY);

    Equity e = letter.equity().value();
    assertEquals(Long.valueOf(10_000), e.shares());
    assertEquals(new BigDecimal("2.10"), e.pricePerShare());
    assertEquals(4, e.years());
    assertEquals(Integer.valueOf(12), e.cliffMonths());
  }

  @Test
  void read_hourlyRateWithTheLettersOwnHours_asksWithTheYearWorkedOut() {
    OfferLetter letter = reader.read("Your rate of pay will be $40.00 per hour. You will work 30 hours per week. "
        + "Overtime is paid for hours worked over 40 in a workweek.", TODAY);

    assertEquals(null, letter.base());
    assertEquals("The letter pays $40.00 an hour for 30 hours a week: $62,400 a year over 52 weeks, before overtime or "
        + "shift pay. Is that the base to weigh?", letter.questions().get(0));
  }

  @Test
  void read_signOnInstalmentsWithTheirOwnTerms_keepEachOnesTerms() {
    SignOn s = reader.read(resource("us-sign-on-in-two-instalments-with-different-clawbacks.txt"), TODAY).signOn()
        .value();

    assertEquals(List.of(new SignOn.Instalment(BigDecimal.valueOf(24_000), new Clawback(12, false), null, false),
        new SignOn.Instalment(BigDecimal.valueOf(12_000), new Clawback(6, false), BigDecimal.valueOf(50), true)),
        s.instalments());
  }

  @Test
  void read_forwardedOfferOverItsOwnQuotedReplies_readsTheOfferNotTheCounter() {
    OfferLetter letter = reader.read("FYI, forwarding my offer.\n\n---------- Forwarded message ---------\nFrom: Maya "
        + "<maya@example.com>\n\nHi Jordan,\n\nBase salary: $142,000 per year\n\nBest,\nMaya\n\nOn Tue, Dec 1, 2026 "
        + "at 10:03 AM Jordan <jordan@example.com> wrote:\n> Could we discuss a base closer to $155,000?", TODAY);

    assertEquals(BigDecimal.valueOf(142_000), letter.base().value());
    assertTrue(letter.questions().stream().noneMatch(q -> q.contains("two base salaries")));
  }

  private static JsonNode read(OfferLetter letter) {
    try {
      ObjectNode node = (ObjectNode) JSON.readTree(new LetterJson().render(letter));
      node.remove("sources");
      node.remove("guide");
      return node;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode expected(String name) {
    try {
      return JSON.readTree(resource(name + ".expected.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Field by field, so a failure names the figure that was misread. */
  private static void assertFields(String name, JsonNode expected, JsonNode actual) {
    Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      assertEquals(field.getValue(), actual.get(field.getKey()), name + ": " + field.getKey());
    }
    assertEquals(expected.size(), actual.size(), name + ": fields " + actual.fieldNames());
  }

  /** Every field shown with a sentence quotes the letter: its words, in order, with its spacing collapsed. */
  private static void assertSourcesAreTheLettersSentences(OfferLetter letter, String text) {
    // Dot leaders ("Base salary ...... $196,000") read as a column gap, as a table's pipes and a form's spaces do;
    // a form's "Target Bonus %   15" is quoted with its percent on the figure.
    // A two-column page is quoted as its columns read, the left one first; a form's blanks and boxes as filled in.
    // A pasted PDF's page furniture between a sentence's halves is no part of it: the sentence is quoted whole.
    String flat = String.join("\n", LetterSentences.laidOut(PageFurniture.removed(text).split("\n")))
        .replaceAll("(?:\\.\\s?){4,}|(?<= )\\.{3}(?= )", "|").replaceAll("[\\s|]+", " ");
    for (LetterFields.Field f : LetterFields.of(letter)) {
      String quoted = f.sentence().replaceAll("[\\s|]+", " ").replaceAll("^[-•* ]+", "");
      // A word broken at a line end is quoted whole, a compound with its hyphen ("full-" / "time").
      assertTrue(flat.contains(quoted) || flat.replace("- ", "").contains(quoted) || flat.replace("- ", "-")
          .contains(quoted),
          () -> f.key() + " quotes a sentence the letter does not have: " + quoted);
    }
  }

  static String resource(String path) {
    try (InputStream in = LetterReaderTest.class.getResourceAsStream("/letters/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture letters/" + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
