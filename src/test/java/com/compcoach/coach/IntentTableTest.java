package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class IntentTableTest {

  private static final Path PHRASINGS = Path.of("src/test/resources/coach/intent-phrasings.txt");
  private static final Map<String, Class<? extends Intent>> NAMES = Map.ofEntries(
      Map.entry("stay-offer", Intent.StayOffer.class), Map.entry("claimed-cap", Intent.ClaimedCap.class),
      Map.entry("sign-on-split", Intent.SignOnSplit.class), Map.entry("send-for-me", Intent.SendForMe.class),
      Map.entry("counterpart", Intent.Counterpart.class),
      Map.entry("plain-words", Intent.Plainly.class), Map.entry("raise-norm", Intent.RaiseNorm.class),
      Map.entry("ask-aim", Intent.AskAim.class), Map.entry("accept", Intent.Accept.class), Map.entry("which", Intent.Which.class),
      Map.entry("walk", Intent.Walk.class), Map.entry("gap", Intent.Gap.class),
      Map.entry("in-percent", Intent.InPercent.class), Map.entry("decline", Intent.Decline.class),
      Map.entry("elsewhere", Intent.Elsewhere.class), Map.entry("both-asks", Intent.BothAsks.class),
      Map.entry("rounds", Intent.Rounds.class), Map.entry("summary", Intent.Summary.class),
      Map.entry("packages", Intent.Packages.class), Map.entry("mistake", Intent.Mistake.class),
      Map.entry("confident", Intent.Confident.class),
      Map.entry("recall", Intent.Recall.class), Map.entry("heard-back", Intent.HeardBack.class),
      Map.entry("undo", Intent.Undo.class),
      Map.entry("wait-to-counter", Intent.WaitToCounter.class), Map.entry("first-choice", Intent.FirstChoice.class),
      Map.entry("same-but-more", Intent.SameBut.class), Map.entry("unclear", Intent.Unclear.class),
      Map.entry("pick-package", Intent.PickPackage.class),
      Map.entry("review", Intent.Review.class), Map.entry("proof", Intent.Proof.class),
      Map.entry("if-no", Intent.IfNo.class), Map.entry("top-of-band", Intent.TopOfBand.class),
      Map.entry("base-fixed", Intent.BaseFixed.class), Map.entry("stock-fixed", Intent.StockFixed.class),
      Map.entry("bonus-fixed", Intent.BonusFixed.class), Map.entry("email", Intent.Email.class),
      Map.entry("leverage", Intent.Leverage.class), Map.entry("other-offer", Intent.OtherOffer.class), Map.entry("other-process", Intent.OtherProcess.class),
      Map.entry("compare", Intent.Compare.class), Map.entry("lever", Intent.OneLever.class),
      Map.entry("levers", Intent.Levers.class), Map.entry("bands", Intent.Bands.class),
      Map.entry("why", Intent.Why.class), Map.entry("help", Intent.Help.class),
      Map.entry("start-over", Intent.StartOver.class), Map.entry("agreed", Intent.Agreed.class),
      Map.entry("thanks", Intent.Thanks.class),
      Map.entry("equity-value", Intent.EquityValue.class), Map.entry("years", Intent.Years.class),
      Map.entry("their-range", Intent.TheirRange.class), Map.entry("clawback", Intent.Clawback.class),
      Map.entry("relocation", Intent.Relocation.class),
      Map.entry("relocation-as-sign-on", Intent.RelocationAsSignOn.class),
      Map.entry("cost-of-living", Intent.CostOfLiving.class), Map.entry("peer-pay", Intent.PeerPay.class),
      Map.entry("call", Intent.Call.class), Map.entry("extension", Intent.Extension.class),
      Map.entry("deadline", Intent.Deadline.class),
      Map.entry("deadline-how-long", Intent.Deadline.class), Map.entry("remind", Intent.Remind.class),
      Map.entry("cancel-reminders", Intent.CancelReminders.class),
      Map.entry("practice", Intent.PracticeStart.class), Map.entry("practice-stop", Intent.PracticeStop.class),
      Map.entry("realistic", Intent.Realistic.class), Map.entry("rescind", Intent.Rescind.class),
      Map.entry("walk-away-advice", Intent.WalkAwayAdvice.class), Map.entry("current-pay", Intent.CurrentPay.class),
      Map.entry("mention-offer", Intent.MentionOffer.class), Map.entry("never-mind", Intent.NeverMind.class),
      Map.entry("decided", Intent.Decided.class), Map.entry("law", Intent.Law.class),
      Map.entry("after-accepting", Intent.AfterAccepting.class), Map.entry("shorter", Intent.Shorter.class),
      Map.entry("raise", Intent.Raise.class),
      Map.entry("tone", Intent.Tone.class), Map.entry("pressure", Intent.Pressure.class),
      Map.entry("follow-up", Intent.FollowUp.class), Map.entry("priority", Intent.Priority.class),
      Map.entry("negotiate", Intent.Negotiate.class),
      Map.entry("precise", Intent.Precise.class), Map.entry("verbal", Intent.Verbal.class),
      Map.entry("feelings", Intent.Feelings.class),
      Map.entry("drop-competing", Intent.DropCompeting.class), Map.entry("sent", Intent.Sent.class),
      Map.entry("language", Intent.Language.class), Map.entry("formal", Intent.Formal.class),
      Map.entry("casual", Intent.Casual.class), Map.entry("take-home", Intent.TakeHome.class),
      Map.entry("make-whole", Intent.MakeWhole.class), Map.entry("peers", Intent.Peers.class),
      Map.entry("part", Intent.Part.class), Map.entry("pulled", Intent.Pulled.class),
      Map.entry("passed-over", Intent.PassedOver.class),
      Map.entry("modest", Intent.Modest.class), Map.entry("full-ask", Intent.FullAsk.class),
      Map.entry("push-on", Intent.PushOn.class),
      Map.entry("medium", Intent.Medium.class), Map.entry("reply-when", Intent.ReplyWhen.class),
      Map.entry("list", Intent.Bullets.class), Map.entry("claim", Intent.Claim.class),
      Map.entry("halfway", Intent.Halfway.class), Map.entry("percent-more", Intent.PercentMore.class),
      Map.entry("sources", Intent.Sources.class), Map.entry("other-companies", Intent.OtherCompanies.class),
      Map.entry("place", Intent.Place.class), Map.entry("odds", Intent.Odds.class),
      Map.entry("capped", Intent.Capped.class), Map.entry("unnamed-offer", Intent.UnnamedOffer.class),
      Map.entry("other", Intent.Other.class));

  private final IntentTable table = new IntentTable();

  @TestFactory
  Stream<DynamicTest> match_candidatePhrasing_picksItsIntent() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    String section = null;
    for (String line : Files.readAllLines(PHRASINGS)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[")) {
        section = line.substring(1, line.length() - 1);
        continue;
      }
      String phrasing = line;
      String name = section;
      if (name.startsWith("topic-")) {
        // A topic beside the pay: the rule named for it picks that topic.
        tests.add(DynamicTest.dynamicTest(name + ": " + phrasing, () -> assertEquals(name,
            assertInstanceOf(Intent.Subject.class, table.match(phrasing).intent(), phrasing).topic().rule(),
            phrasing)));
        continue;
      }
      Class<? extends Intent> expected = NAMES.get(name);
      tests.add(DynamicTest.dynamicTest(name + ": " + phrasing,
          () -> assertEquals(expected, table.match(phrasing).intent().getClass(), phrasing)));
    }
    return tests.stream();
  }

  @Test
  void match_leverWithNumber_carriesTheNumber() {
    Intent.OneLever lever = assertInstanceOf(Intent.OneLever.class, table.match("show me lever #3 please").intent());
    assertEquals(3, lever.number());
  }

  @Test
  void match_comparingInsideASentence_isNotTheCompareCommand() {
    assertInstanceOf(Intent.OtherOffer.class, table.match("I'm comparing two offers").intent());
    assertInstanceOf(Intent.Compare.class, table.match("compare detroit and charlotte").intent());
  }

  @Test
  void match_questionWithFigures_letsTheFiguresWin() {
    IntentTable.Match match = table.match("thanks, they came back with 205k base");
    assertInstanceOf(Intent.Thanks.class, match.intent());
    assertEquals(IntentTable.Figures.WIN, match.figures());
    assertEquals(IntentTable.Figures.FIRST, table.match("they won't move on base, it's 190k").figures());
    assertEquals(IntentTable.Figures.IGNORE, table.match("lever 2").figures());
  }

  @Test
  void match_wordsTypedFast_areReadAsMeant() {
    assertInstanceOf(Intent.Accept.class, table.match("shoud i acept").intent());
    assertInstanceOf(Intent.AskAim.class, table.match("wat shud i ask fr").intent());
    assertInstanceOf(Intent.Negotiate.class, table.match("should i negociate?").intent());
    assertInstanceOf(Intent.Realistic.class, table.match("is that realisitc").intent());
  }

  @Test
  void match_realWordNearATableWord_staysItself() {
    // "world" is a slip from "would" (an unless word of the decision), but only listed fuzzy words are forgiven.
    assertInstanceOf(Intent.Decided.class, table.match("best team in the world, ill sign").intent());
    assertInstanceOf(Intent.Other.class, table.match("the lease on my flat ends in june").intent());
  }

  @Test
  void oneSlip_missingExtraChangedOrSwappedLetter_onlyOne() {
    assertTrue(IntentTable.oneSlip("acept", "accept"));
    assertTrue(IntentTable.oneSlip("realisitc", "realistic"));
    assertTrue(IntentTable.oneSlip("negociate", "negotiate"));
    assertTrue(IntentTable.oneSlip("counterr", "counter"));
    assertTrue(!IntentTable.oneSlip("negotiation", "negotiate"));
    assertTrue(!IntentTable.oneSlip("acpt", "accept"));
  }

  @Test
  void new_ruleNamingAnUnknownIntent_failsNamingIt() {
    String yaml = "- intent: haggle\n  any: [haggle]\n";
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> new IntentTable(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yml"));
    assertTrue(e.getMessage().contains("\"haggle\""), e.getMessage());
  }

  @Test
  void match_askedFromSeveralThreadsWhileTheRulesAreStillBeingRead_answersAsATableReadAtOnce() throws Exception {
    IntentTable readAtOnce = new IntentTable(IntentTable.class.getResourceAsStream("/coach/intents.yml"),
        "intents.yml");
    List<String> said = List.of("thanks!", "should I accept?", "and the bonus?", "lever 2", "start over",
        "our offer to the candidate is 160 base", "they offered 180k base");
    // Made now, read in the background: the first messages arrive while it may still be reading.
    IntentTable background = new IntentTable();
    ExecutorService threads = Executors.newFixedThreadPool(said.size());
    try {
      List<Future<IntentTable.Match>> asked = said.stream()
          .map(m -> threads.submit(() -> background.match(m))).toList();
      for (int i = 0; i < said.size(); i++) {
        assertEquals(readAtOnce.match(said.get(i)), asked.get(i).get(30, TimeUnit.SECONDS), said.get(i));
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void companySide_recruiterOrHiringManagerWords_speakForTheCompany() {
    IntentTable table = new IntentTable();
    for (String said : List.of("hey team, we're putting together an offer for a candidate", "how high can we go?",
        "our offer to the candidate is 160 base", "I'm the recruiter here", "can we match?", "our budget is 190 base",
        "what's the most we can do without going over band?",
        "candidate is at 145 base with our current offer, she mentioned a competing offer ~170 TC",
        "she turned down our initial offer", "he's asking 20k over our latest offer", "we've offered 150 base",
        "the offer we made was 150 base, she wants more", "for our open req: she has 160 elsewhere",
        "candidate is at 145 base with us, he mentioned ~170 TC elsewhere", "she has 170 TC at Truist, over ours",
        "candidate is asking for 200 base. we're at 182 + 10% bonus. can we get there?",
        "he wants 195, can we meet that?", "comp partner here. the HM wants to offer this candidate 178 base",
        "fyi we sent the offer yesterday: 162 base")) {
      assertTrue(table.companySide(said), said);
    }
    // A candidate's team asks what to send: "we" alone is not the company.
    for (String said : List.of("what should we counter?", "how high can I go?", "they offered 180k base",
        "what can we go to?", "should we send our counter?", "my candidate has an offer in hand from citadel",
        "candidate has a verbal: 170 base", "what's our number?", "can we get more equity?")) {
      assertFalse(table.companySide(said), said);
    }
  }

  @Test
  void says_ourMoveLists_tellTheCompanysMoveFromItsAskAndItsHedge() {
    IntentTable table = new IntentTable();
    assertTrue(table.says("our-move", "ok we'll do "), "we'll do");
    assertTrue(table.says("our-move", "we’d go to "), "we'd go");
    assertFalse(table.says("our-move", "well, "), "well, as a word");
    assertTrue(table.says("our-move", "hm ok'd "), "HM ok'd");
    assertTrue(table.says("our-move-elsewhere", "she's asking "), "her ask");
    assertFalse(table.says("our-move-elsewhere", "let's do "), "our move");
    assertTrue(table.says("our-move-asked", "how about 185 base"), "asked at the start");
    assertFalse(table.says("our-move-asked", "we'll do 185, how about that"), "only at the start");
    assertTrue(table.says("hedge", "maybe 7.5k signing"), "maybe");
    assertFalse(table.says("hedge", "a 7.5k signing"), "no hedge");
  }
}
