package com.compcoach.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.compcoach.guide.Component;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeldMessageTest {

  private static final String THREAD = "\"company\":\"ally-financial\",\"role\":\"ml-ai-engineer\","
      + "\"region\":\"Charlotte, NC\",\"subject\":\"COUNTER\",\"lever\":0";
  /** 180k base, 100k RSU over 4 years, 12% bonus, 10k sign-on. */
  private static final String OFFER = "\"offer\":{\"currency\":\"USD\",\"base\":180000,\"stock\":25000,"
      + "\"bonus\":21600,\"signOn\":10000,\"bonusPercent\":1200,\"grantYears\":4}";

  private final ConversationJson json = new ConversationJson();
  private final Coach coach = Seeds.coach();

  @Test
  void parse_eachFormStoredBeforeOneHeldMessage_readsItsQuestionAndFigures() {
    assertEquals(new HeldMessage(new HeldFigure(Component.BASE), List.of("12% bonus")),
        HeldMessage.parse("held:BASE|12% bonus"));
    assertEquals(new HeldMessage(new HeldGrant("$96,000"), List.of("172,500 base")),
        HeldMessage.parse("grant:$96,000|172,500 base"));
    assertEquals(new HeldMessage(new GrantStep("20k", true, "base"), List.of("180 base")),
        HeldMessage.parse("grantstep:20k|theirs,base|180 base"));
    assertEquals(new HeldMessage(new GrantStep("40k", false, ""), List.of()), HeldMessage.parse("grantstep:40k||"));
    assertEquals(new HeldMessage(new AddedSignOn("20k", 20_000, "", "they can add a 20k sign-on if i sign by friday"),
        List.of("170 base")), HeldMessage.parse("signonadded:20k|20000||170 base|said:they can add a 20k sign-on if i "
        + "sign by friday"));
    // Before session 27 kept the message's words.
    assertEquals(new HeldMessage(new AddedSignOn("20k", 20_000, "base", null), List.of()),
        HeldMessage.parse("signonadded:20k|20000|base|"));
  }

  @Test
  void parse_eachFormStoredBeforeSession29_readsItsQuestionAndFigures() {
    assertEquals(new HeldMessage(new EitherFigure("10%", "12%", Component.BONUS), List.of()),
        HeldMessage.parse("either:10%|12%|BONUS"));
    assertEquals(new HeldMessage(new StepAsked("5k"), List.of()), HeldMessage.parse("step:5k"));
    assertEquals(new HeldMessage(new HeldAbroad(), List.of("EUR 160000 base", "10% bonus")),
        HeldMessage.parse("abroad:EUR 160000 base|10% bonus"));
    assertNull(HeldMessage.parse("either:10%|12%|SALARY"));
    assertNull(HeldMessage.parse("either:10%|12%"));
    assertNull(HeldMessage.parse("abroad:"));
    assertNull(HeldMessage.parse("asked:abroad"));
  }

  @Test
  void stored_eachQuestion_readsBackTheSame() {
    for (HeldMessage held : List.of(new HeldMessage(new HeldFigure(Component.STOCK), List.of("190k base", "10k sign-on")),
        new HeldMessage(new HeldGrant("200k"), List.of()),
        new HeldMessage(new GrantStep("20k", true, "base"), List.of("180 base")),
        new HeldMessage(new GrantStep("40k", false, ""), List.of()),
        new HeldMessage(new AddedSignOn("20k", 20_000, "", "they can add a 20k sign-on by friday"), List.of("170 base")),
        new HeldMessage(new AddedSignOn("25k", 25_000, "base", null), List.of()),
        new HeldMessage(new EitherFigure("170k", "175k", Component.BASE), List.of()),
        new HeldMessage(new StepAsked("5k"), List.of()),
        new HeldMessage(new HeldAbroad(), List.of("CAD 210000 base", "GBP 20000 sign-on")))) {
      assertEquals(held, HeldMessage.parse(held.stored()), held.stored());
      assertTrue(held.stored().startsWith("asked:"), held.stored());
    }
  }

  @Test
  void parse_anotherKindOfPending_isNoHeldMessage() {
    assertNull(HeldMessage.parse("172"));
    assertNull(HeldMessage.parse("held:SALARY|12% bonus"));
    assertNull(HeldMessage.parse("signonadded:20k|lots|"));
    assertNull(HeldMessage.parse("asked:figure"));
    assertNull(HeldMessage.parse("asked:nothing|x"));
    assertTrue(Placing.plainFigure("172"));
  }

  /** A thread stored with a question waiting, in the form kept before one held message, resumes as one stored now. */
  @ParameterizedTest(name = "{0} then \"{2}\"")
  @CsvSource(delimiter = ';', value = {
      "held:BASE|12% bonus; ; lol 185k; base $185,000 · bonus $22,200",
      "held:STOCK|190k base|10k sign-on; ; 45k; base $190,000 · stock $45,000 a year · sign-on $10,000",
      "grant:$96,000|172,500 base; ; 4 years; base $172,500 · stock $24,000 a year",
      "grant:$96,000|172,500 base; ; is that good?; over how many years?",
      "grantstep:20k|theirs|; offer; the grant; stock $30,000 a year",
      "grantstep:20k|theirs|; offer; is that good?; on the grant (spread over its years) or a year?",
      "grantstep:20k|theirs,base|180 base; offer; a year; stock=45000",
      "signonadded:20k|20000|||said:they can add a 20k sign-on if i sign by friday; offer; on top; sign-on $30,000",
      "signonadded:20k|20000|||said:they can add a 20k sign-on if i sign by friday; offer; instead; by Friday",
      "signonadded:20k|20000|base|; offer; instead; signOn=20000",
      "either:10%|12%|BONUS; ; its 12; A 12% bonus of which base?",
      "either:10%|12%|BONUS; offer; the higher one; bonus $21,600",
      "either:170k|175k|BASE; offer; 175; base $175,000",
      "either:170k|175k|BASE; offer; the first one; base $170,000",
      "step:5k; offer; base; Took 5k as a step up of the base: $180K + $5K = $185,000.",
      "step:5k; offer; on the bonus; bonus $26,600",
      "step:10k; offer; signing bonus; sign-on $20,000",
      "abroad:EUR 160000 base|10% bonus; ; 1 eur = 1.08 usd; base $172,800 · bonus $17,280",
      "abroad:EUR 160000 base|10% bonus; ; is that good?; their offer (EUR 160000 base, 10% bonus) against the USD "
          + "band until I have a rate: tell me one (\"1 eur = x usd\")",
      "abroad:CAD 210000 base; ; what should i ask for; (\"1 cad = x usd\")",
      "abroad:GBP 120000 base|GBP 20000 sign-on; ; use 1.27; base $152,400 · sign-on $25,400"})
  void reply_threadStoredWithTheOldForm_resumesAsAThreadStoredNow(String old, String offer, String reply,
      String said) {
    Conversation before = stored(old, offer);
    String now = HeldMessage.parse(old).stored();
    Turn fromOld = coach.reply(before, reply, Venue.DIRECT_MESSAGE);
    Turn fromNew = coach.reply(stored(now, offer), reply, Venue.DIRECT_MESSAGE);
    assertEquals(fromNew.reply(), fromOld.reply());
    // What the reply says, or the offer it leaves where the reply speaks of the counter ("base is fixed").
    String text = new TextRenderer().render(fromOld.reply()) + "\n" + fromOld.conversation().offer();
    assertTrue(text.contains(said), text);
  }

  @Test
  void reply_heldFigureStoredBefore_isCompletedWithTheRestOfItsMessage() {
    Turn turn = coach.reply(stored("held:BASE|12% bonus", null), "lol 185k", Venue.DIRECT_MESSAGE);
    assertEquals(185_000L, turn.conversation().offer().base());
    assertEquals(22_200L, turn.conversation().offer().bonus());
    assertNull(turn.conversation().pending());
  }

  private Conversation stored(String pending, String offer) {
    return json.read("{" + THREAD + (offer == null ? "" : "," + OFFER) + ",\"pending\":\""
        + pending.replace("\"", "\\\"") + "\"}");
  }
}
