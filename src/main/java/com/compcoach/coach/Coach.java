package com.compcoach.coach;

import com.compcoach.guide.Guide;
import com.compcoach.guide.GuideCatalog;
import com.compcoach.guide.Money;
import com.compcoach.guide.Region;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The coaching engine's front door: {@code /comp} text, each thread message, the offer form and the card's buttons
 * go in; the next conversation state and a {@link Reply} come out. Pure: no I/O, thread-safe, one per process.
 * It decides which turn a message is and hands it to the class that answers that turn.
 */
public final class Coach {

  private static final Pattern HELP = Pattern.compile(
      "^(help|\\?|usage|what can you do|how does this work)\\b", Pattern.CASE_INSENSITIVE);

  /** A pasted message's opening (an email's greeting, a recruiter's note, a quote block): not the user's own words. */
  private static final Pattern PASTED_EMAIL = Pattern.compile(
      "\\s*(?:[Hh]i|[Hh]ello|[Dd]ear)\\s+\\p{Lu}\\p{L}*\\s*[,!:]"
      // A recruiter's note to the candidate pasted whole: "Hey! Great news - the team wants to move forward".
      + "|(?i)\\s*(?:hi|hey|hello)(?:\\s+there)?\\s*[,!.:]+\\s*(?:great|good|exciting|happy)\\s+news\\b"
      + "|(?i)\\s*(?:hi|hey|hello)(?:\\s+there)?\\s*[,!.:]+\\s*congrat"
      // A message that opens with a quote block ("> we're pleased to extend an offer…"), Slack's or an email's.
      + "|\\s*(?:>|&gt;)");

  /** Answers that hold no figure, given beside a question about a figure in the same message. */
  private static final Set<Class<? extends Intent>> ANSWERED_BESIDE_A_DOUBT = Set.of(Intent.Verbal.class,
      Intent.AfterAccepting.class, Intent.TopOfBand.class, Intent.TheirRange.class);

  private final Clock clock;
  private final OfferReader reader = new OfferReader();
  private final OfferUpdate update = new OfferUpdate();
  private final OurMove ourMove;
  private final CompanyFacts companyFacts;
  private final ApprovedRange approvedRange;
  private final Cards cards = new Cards();
  private final OfferForms forms = new OfferForms();
  private final IntentTable intents = new IntentTable();
  private final LetterIntake letters = new LetterIntake();
  private final DeadlineTalk deadlines = new DeadlineTalk();
  private final PracticeSession practice = new PracticeSession();
  private final NewFigures figures;
  private final LooseFigures loose;
  private final WhatIfs whatIfs;
  private final RatedCompeting rated;
  private final RoleAndRegion roleAndRegion;
  private final Comparisons comparisons = new Comparisons(new Positions());
  private final Alternatives alternatives = new Alternatives(reader);
  private final LeverReplies levers = new LeverReplies(new LeverWording());
  private final PastedLetters pasted;
  private final SeveralQuestions several = new SeveralQuestions(intents);
  private final IntentAnswers answers;
  private final OwnAsk ownAsk;
  private final YearAsk yearAsk;
  private final SignFirst signFirst = new SignFirst(intents);

  public Coach(Supplier<GuideCatalog> catalog, Clock clock) {
    Objects.requireNonNull(catalog, "catalog");
    this.clock = Objects.requireNonNull(clock, "clock");
    Answers written = new Answers();
    this.figures = new NewFigures(update, cards, new NextSteps(), clock);
    this.loose = new LooseFigures(reader, figures);
    CompanySide companySide = new CompanySide(cards, new Positions(), clock);
    this.whatIfs = new WhatIfs(reader, update, written, companySide);
    this.ourMove = new OurMove(reader, intents);
    this.companyFacts = new CompanyFacts(intents);
    this.approvedRange = new ApprovedRange(intents);
    this.rated = new RatedCompeting(cards, clock);
    this.roleAndRegion = new RoleAndRegion(catalog, reader, update, cards, figures, comparisons, intents, clock);
    this.pasted = new PastedLetters(catalog, cards, clock);
    this.ownAsk = new OwnAsk(cards, clock);
    this.yearAsk = new YearAsk(reader, ownAsk);
    ReadyToSend ready = new ReadyToSend();
    this.answers = new IntentAnswers(catalog, clock, cards, written, ready, deadlines, practice,
        new Drafts(cards, ready, clock), levers, comparisons, roleAndRegion,
        new Conversational(catalog, cards, written, figures, roleAndRegion, companySide, clock),
        companySide, signFirst);
  }

  /**
   * Starts reading, in the background, what only thread messages need (the intent table); a message that comes
   * first waits for it. A server calls it once its port is open, so that the first {@code /comp} is answered sooner.
   */
  public void readIntentsSoon() {
    intents.readSoon();
  }

  /** {@code /comp <text>}: help, a role and region (with an offer), or "compare role region region…". */
  public Turn open(String commandText, Venue venue) {
    String whole = commandText == null ? "" : TypedDigits.ascii(commandText.trim());
    String text = whole.substring(0, ReadLimit.readable(whole));
    if (text.isEmpty() || HELP.matcher(text).find()) {
      return new Turn(Conversation.EMPTY, new Reply.Text(Usage.TEXT));
    }
    Matcher compare = RoleAndRegion.COMPARE.matcher(text);
    Turn turn = compare.find() ? roleAndRegion.openComparison(text.substring(compare.end()), venue)
        : roleAndRegion.lookUp(Conversation.EMPTY, text, venue);
    return text.length() < whole.length() ? ReadLimit.unread(turn, text.length()) : turn;
  }

  /**
   * One message in the thread, with the conversation as it stood before it. Once there is an offer a thread reply is
   * concise ({@link Reply.Advice}); the full card comes when asked for ("bands").
   */
  public Turn reply(Conversation conversation, String message, Venue venue) {
    message = TypedDigits.ascii(message);
    Turn whole = replyWhole(conversation, message, venue);
    // "our offer was 150. Can we meet at 158?" on the company's side: read as one message the second figure makes the
    // first a question, and the move goes unanswered; the statement is read first, then the question on it.
    // Read whole, "our offer was 180. Can we meet at 190?" with 180 on record gets the offer's verdict, not the move's.
    Turn capped = message == null ? null : capAfterStatement(conversation, whole, message.trim(), venue);
    if (capped != null) {
      return capped;
    }
    Matcher split = message == null ? null : STATEMENT_THEN_QUESTION.matcher(message.trim());
    // "candidate wants 200, we are at 178 base. hm ok going to 185?": read whole, the card takes the facts and the move
    // asked after them goes unanswered, so a move asked is split off too.
    if (split == null || !split.matches() || !whole.conversation().companySide()
        || !(whole.reply() instanceof Reply.Question) && !restatesOurOffer(conversation, split.group(1))
        && !asksOurMove(split.group(2))) {
      return whole;
    }
    Turn stated = replyWhole(conversation, split.group(1), venue);
    if (stated.reply() instanceof Reply.Question) {
      // "our offer was 180. Can we meet at 190?" with 180 on record: the statement tells nothing new, the question on
      // it is what is asked.
      return restatesOurOffer(conversation, split.group(1)) ? replyWhole(conversation, split.group(2), venue) : whole;
    }
    Turn asked = replyWhole(stated.conversation(), split.group(2), venue);
    if (asked.reply() instanceof Reply.Question && namesOnlyStatedFigures(split.group(1), split.group(2))) {
      // "candidate is asking for 175 base, we had budgeted 160. where does 175 sit?": the question names only figures
      // the statement gave with their words, and the statement's reply weighs them; alone it would ask what 175 is.
      // A move on them ("… we offered 195. can we do 215?") is weighed as asked, below.
      return stated;
    }
    // The move weighed, or the one question it still needs ("Is 158 the base?"), under the statement's reply.
    String answer = asked.reply() instanceof Reply.Text t ? t.text()
        : asked.reply() instanceof Reply.Question q ? q.text() : null;
    return answer == null ? whole : new Turn(asked.conversation(), Notes.add(stated.reply(), answer));
  }

  /** Facts with figures, then one sentence of one figure: "we offered 150 base, she wants 175. HM says 170 is the max". */
  private static final Pattern STATEMENT_THEN_FACT = Pattern.compile(
      "([^\\n]*\\d[^\\n]*?[.!;])\\s+([^.!?;\\n\\d]*\\d+(?:,\\d{3})*k?[^.!?;\\n\\d]*[.!]?)");

  /**
   * "we offered 150 base, she wants 175. HM says 170 is the max" on the company's side: read whole, three figures
   * leave the team's cap unread (or read as her base fixed), so the facts are read first, then the cap on them.
   * Null where the message ends in no cap of ours, or the whole reading already kept one.
   */
  private Turn capAfterStatement(Conversation before, Turn whole, String message, Venue venue) {
    if (!whole.conversation().companySide() || whole.conversation().ceiling() != null
        || before != null && before.ceiling() != null) {
      return null;
    }
    Matcher split = STATEMENT_THEN_FACT.matcher(message);
    if (!split.matches()) {
      return null;
    }
    String fact = split.group(2).toLowerCase(java.util.Locale.ROOT);
    Matcher digit = DIGITS.matcher(fact);
    // "her max is 200": a cap before the figure that is hers, never ours.
    if (!digit.find() || !intents.says("our-ceiling", fact)
        || intents.says("our-ceiling-elsewhere", fact.substring(0, digit.start()))) {
      return null;
    }
    Turn stated = replyWhole(before, split.group(1), venue);
    if (stated.reply() instanceof Reply.Question) {
      return null;
    }
    Turn cap = replyWhole(stated.conversation(), split.group(2), venue);
    return cap.conversation().ceiling() != null && cap.reply() instanceof Reply.Text t
        ? new Turn(cap.conversation(), Notes.add(stated.reply(), t.text())) : null;
  }

  private static final Pattern DIGITS = Pattern.compile("\\d[\\d,.]*\\d|\\d");

  /** Whether every figure a question names was written in the statement before it ("… 175 base … where does 175 sit?"). */
  static boolean namesOnlyStatedFigures(String statement, String question) {
    java.util.Set<String> stated = new java.util.HashSet<>();
    DIGITS.matcher(statement).results().forEach(m -> stated.add(m.group()));
    List<String> asked = DIGITS.matcher(question).results().map(MatchResult::group).toList();
    return !asked.isEmpty() && stated.containsAll(asked);
  }

  /** Whether a statement names the company's offer on record by its own figure: "our offer was 180." over base 180. */
  private static boolean restatesOurOffer(Conversation conversation, String statement) {
    if (conversation == null || !conversation.companySide()) {
      return false;
    }
    Matcher figure = LooseFigures.BARE.matcher(statement);
    if (OUR_OFFER_WAS.matcher(statement).find() && figure.find()
        && LooseFigures.restatesTheOffer(figure.group(), conversation.offer())) {
      return true;
    }
    // "we're at 180. can we do 190?": the figure after "we're at" is the one said again, never a count before it.
    Matcher at = WE_ARE_AT.matcher(statement);
    while (at.find()) {
      if (LooseFigures.restatesTheOffer(at.group(1), conversation.offer())) {
        return true;
      }
    }
    return false;
  }

  /** A statement with a figure, then one question with a figure: "our offer was 150. Can we meet at 158?". */
  private static final Pattern STATEMENT_THEN_QUESTION = Pattern.compile(
      "([^?\\n]*\\d[^?\\n]*?[.!;])\\s+([^.!?;\\n]*\\d[^.!?;\\n]*\\?)");

  /** "hm ok going to 185?", "can we do 185?", "would 185 + 10k sign-on close it?": a move of the company's, asked. */
  private boolean asksOurMove(String question) {
    String lower = question.toLowerCase(java.util.Locale.ROOT);
    Matcher digit = Pattern.compile("\\d").matcher(lower);
    if (!digit.find()) {
      return false;
    }
    String before = lower.substring(0, digit.start());
    return intents.says("our-move", before) && !intents.says("our-move-elsewhere", before);
  }

  /** Whether a figure waiting for its part is already one of the offer's parts. */
  private static boolean onRecord(Offer offer, Placing.Placed placed) {
    if (placed == null) {
      return false;
    }
    Long value = placed.value();
    return value.equals(offer.base()) || value.equals(offer.stock()) || value.equals(offer.bonus())
        || value.equals(offer.signOn()) || value.equals(offer.total());
  }

  private Turn replyWhole(Conversation conversation, String message, Venue venue) {
    Conversation before = conversation == null ? Conversation.EMPTY : conversation;
    String text = message == null ? "" : message.trim();
    if (text.isEmpty()) {
      return new Turn(before, new Reply.Text(Usage.NUDGE));
    }
    // "[10:42] Sarah: we'd like to offer you 185k base": a forwarded chat is the sender's quoted words.
    int readable = ReadLimit.readable(text);
    String unquoted = ReportedStanding.unquoted(ForwardedChat.unstamped(text.substring(0, readable)));
    // "she wrote back: “I was hoping for 178k base…”": on the company's side the quoted "I" is the candidate.
    // "Candidate (Jordan) is asking 195 base", "Jordan wants 195": in a channel the candidate's name is read as "the
    // candidate", so the name is never a company and the figure is the candidate's ask.
    String named = venue == Venue.SHARED_CHANNEL ? ThirdPerson.named(TEAM_SETTLES.matcher(unquoted)
        .replaceAll("we're going with"), before.companySide()) : unquoted;
    // "she has 240 elsewhere": on the company's side, the candidate's competing offer.
    // "she also wants a 20k sign-on": her ask, as "she wants" is.
    // "she came back at 195 + 20k sign-on": her ask, as "she's asking" is; "she came back with an offer from Stripe": hers.
    String ours = before.companySide() ? OfferElsewhere.asCompeting(QuotedAsk.asAsk(ReferralBonus.plainAsk(
        QuotedAsk.cameBackOnOurSide(ThirdPerson.payTodayOfThem(named))))) : named;
    // Whose each clause is comes from the message's own words, first message or not: "he came in at 210; we can do
    // 195 max", "HM approved 190; candidate asked 205". In a DM the candidate's own thread keeps "she came back at".
    String unmatched = before.companySide() || venue == Venue.SHARED_CHANNEL
        ? CandidateAsk.asAsk(ours, before.companySide(), !before.companySide() && !nothingKept(before)) : ours;
    // "they can match Rocket's base if I sign this week": the competing part named is read as its figure.
    List<String> matched = new java.util.ArrayList<>();
    String read = before.companySide() ? unmatched : MatchedPart.said(unmatched, before, matched);
    IntentTable.Match match = intents.match(TheirCompany.asIt(read,
        roleAndRegion.guide(before).map(TheirCompany::names).orElse(List.of())));
    // "our offer to the candidate", "how high can we go?": the thread speaks for the company from here on.
    // "we're at 165b/10%" in a channel: where the company stands, with its figure.
    boolean companyWords = match.company()
        || venue == Venue.SHARED_CHANNEL && (intents.says("company-side-in-channel", read) && !candidateSpeaks(read)
            // "he signed at 185 base last week": a hire already made, told by the team that made it.
            || CompanyFacts.pastHire(read.toLowerCase(java.util.Locale.ROOT)) && !candidateSpeaks(read)
            || OwnAsks.ourFigure(read) && !CANDIDATE_OWN.matcher(read).find()
            // "she's asking for 162" opening a thread: the candidate spoken of from the outside, as recruiters do.
            || nothingKept(before) && ThirdPerson.asks(read) && !candidateSpeaks(read));
    // "my manager said \"we can match 200 base if you stay\"": today's employer's "we", not the user's company.
    Conversation c = !before.companySide() && (companyWords || OwnAsks.heardByCompany(read)) && !pasted(read)
        && !Attribution.staying(read)
        ? before.withVoice(Voice.COMPANY) : before;
    // "A wants 190, B wants 175": two candidates' asks, where a thread coaches one; neither is kept.
    // "Jordan at 170 and Priya at 185, same level" opening a thread: two people at one level are two candidates.
    Turn two = venue == Venue.SHARED_CHANNEL && c.practice() == null
        && (c.companySide() || nothingKept(before) && ThirdPerson.twoPeople(unquoted))
        ? scene(c).map(s -> ThirdPerson.twoAsks(c, s, unquoted)).orElse(null) : null;
    if (two != null) {
      return two;
    }
    Optional<Scene> practising = c.practice() == null ? Optional.empty() : scene(c);
    // While practising, a message is an answer to the recruiter: its figures are practice, never the offer. Only
    // "stop practice" and "start over" leave the role-play.
    if (practising.isPresent() && !(match.intent() instanceof Intent.StartOver
        || match.intent() instanceof Intent.PracticeStop)) {
      Turn answered = practice.answer(practising.get(), c, read);
      return readable < text.length() ? ReadLimit.unread(answered, readable) : answered;
    }
    // "is that good?" while "Is 172 the base?" waits: the figure was given, only its part is unknown, so the question
    // comes again rather than "I can't judge an offer I haven't seen".
    HeldMessage held = HeldMessage.parse(c.pending());
    GrantStep step = held != null && held.asked() instanceof GrantStep s ? s : null;
    Boolean onGrant = step == null ? null : GrantStep.onGrant(read);
    if (onGrant != null) {
      // "Is the 20k more in stock on the grant, or a year?" then "the grant": the held message, said again with the
      // step read as answered, gets the answer the whole message would have had (their cap on base beside it too).
      return replyWhole(c.withPending(null), step.message(onGrant, held.rest()), venue);
    }
    if (step != null && (match.intent() instanceof Intent.Accept || match.intent() instanceof Intent.Which)
        && read.chars().noneMatch(Character::isDigit)) {
      // "is that good?" while the step waits: the offer waits on it, so the question comes again.
      return new Turn(c, new Reply.Question(step.again()));
    }
    AddedSignOn added = held != null && held.asked() instanceof AddedSignOn a ? a : null;
    Boolean onTop = added == null ? null : AddedSignOn.onTop(read);
    if (onTop != null) {
      // "Is the 20k sign-on on top of the 10k one, or in its place?" then "on top": the held message said again.
      return replyWhole(c.withPending(null), added.message(onTop, held.rest()), venue);
    }
    if (added != null && (match.intent() instanceof Intent.Accept || match.intent() instanceof Intent.Which)
        && read.chars().noneMatch(Character::isDigit)) {
      // "is that good?" while the sign-on waits: the offer waits on it, so the question comes again.
      return new Turn(c, new Reply.Question(added.again()));
    }
    HeldGrant grant = held != null && held.asked() instanceof HeldGrant g ? g : null;
    if (grant != null && (match.intent() instanceof Intent.Accept || match.intent() instanceof Intent.Which)
        && read.chars().noneMatch(Character::isDigit)) {
      // "is that good?" while the grant's years are asked: the offer waits on them, so the question comes again.
      return new Turn(c, new Reply.Question(grant.question()));
    }
    List<String> abroad = held != null && held.asked() instanceof HeldAbroad ? held.rest() : null;
    if (abroad != null && (match.intent() instanceof Intent.Accept || match.intent() instanceof Intent.Which
        || match.intent() instanceof Intent.AskAim)
        && read.chars().noneMatch(Character::isDigit) && scene(c).isPresent()) {
      // "how does that compare?" while an offer in another currency waits for its rate: the rate is what's missing.
      // "what should i ask for" too: the held offer is what the ask is built on, never "let them make the offer".
      return new Turn(c, new Reply.Question("I can't weigh their offer (" + String.join(", ", abroad)
          + ") against the " + scene(c).get().region().currency() + " band until I have a rate: tell me one (\"1 "
          + HeldAbroad.iso(abroad).toLowerCase(java.util.Locale.ROOT) + " = x " + scene(c).get().region().currency()
          .toLowerCase(java.util.Locale.ROOT) + "\") or their figures in " + scene(c).get().region().currency()
          + ". I don't convert currencies on my own."));
    }
    boolean onOffer = c.offer() != null && !c.offer().isEmpty();
    if (c.pending() != null && Placing.plainFigure(c.pending())
        && (match.intent() instanceof Intent.Accept || match.intent() instanceof Intent.Which)
        && read.chars().noneMatch(Character::isDigit)
        && scene(c).isPresent()
        // "18k0 base" then "yes 180k": a figure waiting that is already the offer's leaves nothing open.
        && !(onOffer && onRecord(c.offer(), Placing.place(c.pending(), scene(c).get().region())))) {
      // "they bumped it by 5k" asked as which part, then "is that good?": with an offer on record the figure still
      // waits, so the verdict would leave it out in silence; the question comes again (s30).
      return new Turn(c, new Reply.Question((onOffer ? "I can't judge the offer while " + c.pending() + " is open: "
          + "it may change it. " : "I can't weigh " + c.pending() + " until I know what it is. ")
          + Placing.question(c.pending(), scene(c).get().region(), c.offer())));
    }
    // "ok, 10% more on base it is. draft the email?": the percent decided on is the user's own ask on base.
    Offer offered = scene(c).map(s -> Cards.usable(c.offer(), s.region())).orElse(null);
    Long decided = c.companySide() ? null : PercentMore.decidedBase(read, offered);
    String routed = decided == null ? read : PercentMore.asOwnAsk(read, decided);
    // "never mind the stock, focus on base": the counter's base alone is the user's ask, said back.
    Long baseAlone = c.companySide() || decided != null ? null : BaseAlone.base(read, offered, c.counter());
    if (baseAlone != null) {
      routed = BaseAlone.asOwnAsk(baseAlone);
      match = intents.match(routed);
    }
    // "the offer came in at last year's comp plus 10%": their offer worked out on pay today, or asked for.
    boolean raisedPay = !c.companySide() && decided == null && scene(c).isPresent() && PayTodayRaised.applies(read);
    Long raisedTotal = raisedPay ? PayTodayRaised.total(read, c.payToday()) : null;
    if (raisedPay && raisedTotal == null) {
      return new Turn(c, new Reply.Question(PayTodayRaised.question(read)));
    }
    routed = raisedTotal == null ? routed : PayTodayRaised.asTotal(routed, raisedTotal);
    Turn each = several.answer(c, routed, venue, this::route);
    Turn turn = each != null ? each : route(c, routed, match, venue);
    // "recruiter said 170-185 base", then "what should i say if they ask my expectations?": a question with no figure
    // before any offer leaves their range's part waiting, so "they came back with 182" is that part.
    if (held != null && held.asked() instanceof HeldFigure && turn.conversation().pending() == null
        && (turn.conversation().offer() == null || turn.conversation().offer().isEmpty())
        && read.chars().noneMatch(Character::isDigit) && !(match.intent() instanceof Intent.StartOver)) {
      turn = new Turn(turn.conversation().withPending(c.pending()), turn.reply());
    }
    if (decided != null) {
      turn = new Turn(turn.conversation(), Notes.add(turn.reply(), PercentMore.took(read, offered, decided,
          offered.currency())));
    }
    if (baseAlone != null) {
      turn = new Turn(turn.conversation(), Notes.add(turn.reply(), BaseAlone.took(baseAlone, offered.currency())));
    }
    if (raisedTotal != null) {
      turn = new Turn(turn.conversation(), Notes.add(turn.reply(), PayTodayRaised.took(read, c.payToday(), raisedTotal,
          scene(c).get().region().currency())));
    }
    for (String took : matched) {
      turn = new Turn(turn.conversation(), Notes.add(turn.reply(), took));
    }
    turn = dated(turn, read, match.intent());
    // "10k relocation" kept beside the offer; "upped the sign on to 30 but dropped the relocation" weighs the trade.
    turn = RelocationTrade.apply(turn, c, read);
    // "she's at 160 now, is 20% bump standard?": the bumped pay weighed against the band, beside the pay kept.
    Conversation bumpedOn = turn.conversation();
    String bump = scene(bumpedOn).map(s -> BumpOnPayToday.note(s, bumpedOn, read)).orElse(null);
    if (bump != null) {
      turn = new Turn(bumpedOn, Notes.add(turn.reply(), bump));
    }
    // "Jordan says they have a Capital One offer at 190 base but won't share it in writing": on the company's side the
    // relayed offer is weighed against the candidate's ask and the band, and an unverified one asked for in writing.
    Conversation after = turn.conversation();
    if (after.companySide() && after.competing() != null && !after.competing().equals(c.competing())) {
      String relayed = scene(c).map(s -> CompetingParts.relayedForCompany(after.competing(), after.baseAsk(),
          s.region(), UNVERIFIED.matcher(read).find())).orElse(null);
      turn = relayed == null ? turn : new Turn(after, Notes.add(turn.reply(), relayed));
    }
    // "recruiter said the range is 160-200 and they'd put me at 180": their range is said back beside the question.
    if (turn.reply() instanceof Reply.Question asked && THEIR_RANGE.matcher(read).find()) {
      String said = scene(c).map(s -> SideQuestions.rangeSaidBack(read, s.region())).orElse(null);
      turn = said == null || asked.text().contains(said) ? turn : new Turn(turn.conversation(),
          Notes.add(turn.reply(), said));
    }
    if (readable < text.length()) {
      turn = ReadLimit.unread(turn, readable);
    }
    // The note an answer offered to write lasts one message: "what do i write" right after it.
    // A rescinded offer stays the subject until new figures come: "how do i word the email" writes the ask-once note.
    boolean pulledStill = turn.conversation().note() == Voice.Note.PULLED
        && Objects.equals(turn.conversation().offer(), c.offer());
    if (!(match.intent() instanceof Intent.FollowUp || match.intent() instanceof Intent.Extension
        || match.intent() instanceof Intent.AfterAccepting || match.intent() instanceof Intent.Deadline
        || match.intent() instanceof Intent.Pressure || match.intent() instanceof Intent.Pulled
        || match.intent() instanceof Intent.Decline || pulledStill || justNoted(c, turn))
        && turn.conversation().note() != null) {
      turn = new Turn(turn.conversation().withNote(null), turn.reply());
    }
    return match.intent() instanceof Intent.Bands ? turn : Cards.inThread(before, turn);
  }

  /** A thread with no figure kept yet: its first line of figures decides whose side it is. */
  private static boolean nothingKept(Conversation c) {
    return (c.offer() == null || c.offer().isEmpty()) && c.competing() == null && c.others().isEmpty()
        && c.floor() == null && c.payToday() == null && c.counter() == null && c.voice() == null;
  }

  /**
   * Whether this turn's answer set one of the notes its own answer offers to follow ("shorter", "write that email"),
   * or wrote the follow-up note itself, so "shorter" next shortens that note.
   */
  private static boolean justNoted(Conversation before, Turn turn) {
    Voice.Note note = turn.conversation().note();
    return note != before.note() && (note == Voice.Note.WHAT_IF || note == Voice.Note.ACCEPTING
        || note == Voice.Note.SIGNED || note == Voice.Note.STAY_MATCH || note == Voice.Note.PACKAGES
        || note == Voice.Note.PROPOSED) || note == Voice.Note.FOLLOW_UP && turn.reply() instanceof Reply.Draft;
  }

  /** A competing offer told on the candidate's word only: "won't share it in writing", "verbal only", "can't verify". */
  private static final Pattern UNVERIFIED = Pattern.compile("(?i)\\b(?:won['’]?t|will\\s+not|doesn['’]?t\\s+want\\s+to"
      + "|refuses\\s+to|can['’]?t|cannot)\\s+(?:share|send|show|put|forward|give)\\b[^.?!]{0,30}\\b(?:in\\s+writing"
      + "|letter|proof|written)|\\bnot\\s+in\\s+writing\\b|\\bverbal(?:ly)?\\s+only\\b|\\bonly\\s+verbal(?:ly)?\\b"
      + "|\\bunverified\\b|\\bcan['’]?t\\s+(?:verify|confirm)\\b|\\bno\\s+(?:proof|letter)\\b");

  /** The company naming its own offer before a bare figure: "our offer was 150", "we offered 160". */
  private static final Pattern OUR_OFFER_WAS = Pattern.compile("(?i)\\b(?:our\\s+(?:initial\\s+|first\\s+|current\\s+)?"
      + "offer\\s+(?:was|is|of|at)|we\\s+offered|we\\s+are\\s+offering|we['’]re\\s+offering"
      // "hm wants to lowball, 150 for senior": the first offer the team means to make, said with who plans it.
      + "|(?:hm|hiring\\s+manager|manager)\\s+(?:wants|would\\s+like|plans|is\\s+planning)\\s+to\\s+(?:offer|lowball"
      + "|low\\s*ball|go\\s+in\\s+at|come\\s+in\\s+at|open\\s+at))\\b");

  /**
   * "we're at 178, she wants 200": where the team's offer stands, said with its figure. A count said the same way
   * ("we're at 3 candidates in final round", "we're at 2 finalists") is no offer, so a figure followed by a plural
   * noun does not count, and {@link #saysWeAreAt} asks the band's scale to hold the figure.
   */
  private static final Pattern WE_ARE_AT = Pattern.compile("(?i)\\bwe(?:['’]re|\\s+are)\\s+(?:currently\\s+|now\\s+)?"
      + "at\\s+(\\$?\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?[kK]?)(?![\\d%])"
      + "(?!\\s+(?!(?:rsus|bonus|plus|was|is|this|thanks)\\b)[a-z]+s\\b)");

  /** Whether "we're at …" names a figure the region's bands hold or sit just over: an offer, never a head count. */
  private static boolean saysWeAreAt(String text, Region region) {
    Matcher at = WE_ARE_AT.matcher(text);
    while (at.find()) {
      Placing.Placed placed = Placing.place(at.group(1), region);
      if (placed != null && (!placed.fits().isEmpty() || placed.underBase())) {
        return true;
      }
    }
    return false;
  }

  /** A message naming their range ("the range is 160-200"). */
  private static final java.util.regex.Pattern THEIR_RANGE = java.util.regex.Pattern.compile("(?i)\\branges?\\b"
      // "recruiter said 170-185 base depending on level": a range of theirs said without the word.
      + "|\\bdepend(?:ing|s) on\\b|\\b(?:recruiter|they|hr|she|he|the company)\\s+(?:said|says|mentioned|quoted)\\b");

  /** Intents whose answer already reads and says a date in the message. */
  private static final Set<Class<? extends Intent>> DATED = Set.of(Intent.Extension.class,
      Intent.Remind.class, Intent.CancelReminders.class, Intent.Call.class, Intent.Pressure.class,
      Intent.StartOver.class, Intent.Help.class, Intent.PracticeStart.class, Intent.PracticeStop.class,
      Intent.Subject.class, Intent.FollowUp.class, Intent.Sent.class, Intent.Raise.class);

  /**
   * "they want to know by Friday. what should i counter?": the question answered, and the date in the same message
   * kept and said beside it, so neither is lost.
   */
  private Turn dated(Turn turn, String text, Intent intent) {
    Conversation c = turn.conversation();
    if (DATED.contains(intent.getClass()) || !c.started() || c.practice() != null
        || !(turn.reply() instanceof Reply.Advice || turn.reply() instanceof Reply.Card
            || turn.reply() instanceof Reply.Text || turn.reply() instanceof Reply.Draft)) {
      return turn;
    }
    // A letter's own deadline is read with the letter, where a start date beside it is no deadline.
    // "Sept 30 deadline, 185k base": a date before the word, which no deadline phrase holds.
    boolean dated = intents.holds("deadline", text) || TypedDeadline.datedBefore(text);
    if (!dated || letters.read(text, today()).isPresent()) {
      return turn;
    }
    Turn typed = deadlines.typed(c, text, today(),
        roleAndRegion.guide(c).map(TheirCompany::names).orElse(List.of()));
    if (typed != null && typed.reply() instanceof Reply.Question q && q.text().startsWith(DeadlineTalk.PASSED_OR_NEXT_YEAR)) {
      // "Oct 15 deadline, 185k base" in December: the offer is read, and the date is asked beside it, not dropped.
      return new Turn(turn.conversation(), Notes.add(turn.reply(), q.text()));
    }
    if (typed == null || typed.reply() instanceof Reply.Question || !(typed.reply() instanceof Reply.Text said)
        || saysDate(turn.reply())) {
      return turn;
    }
    // "she needs an answer by friday" on the hiring side: the candidate's date, not one set for the user.
    String kept = c.companySide() ? said.text().replace(DeadlineTalk.KEPT, "Noted: the candidate needs an answer by ")
        : said.text();
    return new Turn(typed.conversation(), Notes.add(turn.reply(), kept));
  }

  /** Whether the reply already says the deadline it kept ("they need an answer by Friday…"). */
  private static boolean saysDate(Reply reply) {
    String said = DeadlineTalk.KEPT;
    return reply instanceof Reply.Text t ? t.text().contains(said)
        : reply instanceof Reply.Advice a ? a.notes().stream().anyMatch(n -> n.contains(said))
        : reply instanceof Reply.Draft d ? d.notes().stream().anyMatch(n -> n.contains(said))
        : reply instanceof Reply.Card k && k.notes().stream().anyMatch(n -> n.contains(said));
  }

  /**
   * "let's go with 165 base for her" in a shared channel: the team settling its offer, as "we're going with" says it; in
   * a DM the same words are the candidate settling on their own ask.
   */
  private static final java.util.regex.Pattern TEAM_SETTLES = java.util.regex.Pattern.compile(
      "(?i)\\blet(?:'|’)?s\\s+(?:go\\s+with|counter\\s+(?:with|at))(?=\\s+[$£€]?\\d)");

  /**
   * A candidate's own words in a channel ("we are at 180 base after my first counter, should i push more?"): "we" is
   * the candidate and the company talking, never the company's side.
   */
  private static final java.util.regex.Pattern CANDIDATE_OWN = java.util.regex.Pattern.compile(
      "(?i)\\b(?:my\\s+(?:counter|offer|ask|first\\s+counter|last\\s+counter)|should\\s+i|do\\s+i|can\\s+i|i\\s+asked)\\b");

  /**
   * "I'm one of two finalists, they offered me 180k base", "recruiter says they're building the offer now": the
   * channel's company words ("finalists", "reneged", "hiring in") said by the candidate of themself, with the company
   * as "they" or "the recruiter". A recruiter who says "I" names the candidate ("she", "the candidate") or the team
   * ("we", "our") or the hire ("I'm hiring in charlotte"), so those keep the company's side.
   */
  private static boolean candidateSpeaks(String text) {
    // "i am a remote candidate in boise", "i'm the candidate": the user naming themself the candidate speaks as one,
    // whatever company words the sentence holds.
    return CANDIDATE_SELF.matcher(text).find() && (!COMPANY_SELF.matcher(text).find()
        || SELF_NAMED_CANDIDATE.matcher(text).find());
  }

  private static final java.util.regex.Pattern SELF_NAMED_CANDIDATE = java.util.regex.Pattern.compile(
      "(?i)\\b(?:i\\s+am|i['’]?m)\\s+(?:a|an|the|one)\\s+(?:[\\w-]+\\s+){0,2}candidate(?!['’]s)\\b");

  private static final java.util.regex.Pattern CANDIDATE_SELF = java.util.regex.Pattern.compile(
      "(?i)\\b(?:i|i['’]m|im|i['’]ve|ive|i['’]d|me|my|mine|myself)\\b"
          + "|\\b(?:the\\s+)?recruiter\\s+(?:says|said|told|tells|mentioned)\\b");

  private static final java.util.regex.Pattern COMPANY_SELF = java.util.regex.Pattern.compile(
      "(?i)\\b(?:we|we['’](?:re|ve|d|ll)|our|ours|us|she|she['’]s|shes|he|he['’]s|hes|her|hers|him|his"
          + "|candidate|candidates|i['’]?m hiring|i am hiring|my req|my hire)\\b");

  /** A recruiter's email or a letter pasted by the candidate speaks for the company in its own words, not the user's. */
  private boolean pasted(String text) {
    return PASTED_EMAIL.matcher(text).lookingAt() || LetterIntake.quotedInChat(text)
        || letters.read(text, today()).isPresent();
  }

  /** The intent table picks what the message asks for; figures in it count as its rule says; one method answers. */
  private Turn route(Conversation asked, String text, IntentTable.Match said, Venue venue) {
    // "her current employer countered 170 to keep her" on the company's side: her figures on the company's card,
    // never the candidate's answer about a job to stay in.
    IntentTable.Match match = asked.companySide() && said.intent() instanceof Intent.StayOffer
        ? new IntentTable.Match(said.intent(), IntentTable.Figures.WIN, said.company()) : said;
    // A figure asked about waits one message for its word ("yes", "base"); any other message lets it go.
    Conversation unasked = asked.pending() == null ? asked : asked.withPending(null);
    Optional<Scene> scene = scene(unasked);
    // "1 eur = 1.08 usd btw": the user's rate is the thread's from here, for figures given later in that currency.
    Conversation c = scene.map(s -> KeptRate.kept(unasked, text, s.region().currency())).orElse(unasked);
    Turn pastedBack = PastedBack.answer(c, text);
    if (pastedBack != null) {
      return pastedBack;
    }
    // A pasted letter holds words the table would take ("email us", "call"); its figures are what it says.
    if (!(match.intent() instanceof Intent.StartOver || match.intent() instanceof Intent.Help
        || match.intent() instanceof Intent.Why)) {
      Optional<LetterIntake.Read> letter = letters.read(text, today());
      if (letter.isPresent()) {
        return deadlines.afterLetter(c, pasted.take(c, scene, letter.get(), venue), today());
      }
    }
    if (asked.pending() != null && scene.isPresent()) {
      Turn completed = loose.completed(c, scene.get(), asked.pending(), text, venue);
      if (completed != null) {
        return completed;
      }
    }
    // "oh wait equity is actually over 5 years not 4": the thread's grant spread over the years now said.
    Turn vestYears = scene.isPresent() && !c.companySide()
        ? GrantYearsCorrected.weigh(c, scene.get(), text, venue, reader, figures) : null;
    if (vestYears != null) {
      return vestYears;
    }
    Turn weighedAtRate = scene.map(s -> rated.weigh(c, s, text, venue)).orElse(null);
    if (weighedAtRate != null) {
      return weighedAtRate;
    }
    // "they got a 30k retention bonus from their current company": money to stay, told by the team, never a rival's.
    Turn retention = scene.isPresent() ? StayOffer.retentionForUs(c, scene.get(), text) : null;
    if (retention != null) {
      return retention;
    }
    // "the candidate's at 160 with a 10% bonus, we're at 175 and 8%": her pay today and ours, part by part.
    Turn sideBySide = scene.isPresent() ? PayTodayAgainstOurs.weigh(c, scene.get(), text) : null;
    if (sideBySide != null) {
      return sideBySide;
    }
    // "the offer letter says 185 but we agreed 188, which goes?": the agreed figure, and the letter put right.
    // "mike's email still says 180, which one do i go by?" after 185 was said: the written one binds until updated.
    Turn letterOff = scene.isPresent() ? LetterMismatch.weigh(c, scene.get(), text, asked.pending()) : null;
    if (letterOff != null) {
      return letterOff;
    }
    // "we were thinking 175, enough of a bump?" with her pay today on record: the step up from it, weighed.
    Turn stepUp = scene.isPresent() ? BumpOnPayToday.overPayToday(scene.get(), c, text) : null;
    if (stepUp != null) {
      return stepUp;
    }
    // "she countered at 205 + 30k sign-on, hm can do 195": her ask in two parts and the team's figure, each kept.
    Turn countered = scene.isPresent() ? SignOnCounter.weigh(c, scene.get(), text) : null;
    if (countered != null) {
      return countered;
    }
    // "she wants 205 base with 30k sign-on. we can do 195 and a 20k sign-on": her ask kept, the team's package weighed.
    SignOnCounter.Move move = scene.isPresent() ? SignOnCounter.moveAfterCounter(c, scene.get(), text) : null;
    Turn movedAfter = move == null ? null : ourMove.weigh(move.asked(), scene.get(), move.move(), match.intent());
    if (movedAfter != null) {
      return movedAfter;
    }
    // "a summer intern at $45/hr, is that competitive?": pay the full-time bands don't describe, never weighed or kept.
    Turn outside = scene.map(s -> OutsideTheBand.weigh(c, s, text)).orElse(null);
    if (outside != null) {
      return outside;
    }
    // "they offered 180k base. I interned there, was paid 40/hr as an intern": the intern's own rate is set aside.
    OutsideTheBand.Aside internRate = OutsideTheBand.aside(text);
    if (internRate == null && c.companySide()) {
      // "the referral bonus is 5k, …": the referrer's, never the offer's bonus; set aside the same way.
      internRate = ReferralBonus.aside(text);
    }
    String offerText = internRate == null ? text : internRate.text();
    // "they lowered it to 185 after I countered": the figures are their new offer; the ask is only the occasion.
    String readable = match.intent() instanceof Intent.Pulled ? Pulled.readable(offerText) : offerText;
    // "*190" after the user's own figures: the correction of the one part whose band holds it, said so (asked when a
    // competing offer holds that part too).
    StarredFix.Fix starred = scene.map(s -> StarredFix.of(readable, c, s.region())).orElse(null);
    String toRead = starred == null ? readable : starred.text();
    Reading typed = scene.map(s -> RatedOffer.at(reader.read(toRead, TheirCompany.names(s.guide())),
        KeptRate.with(text, c, s.region().currency()), s.region().currency())).orElse(Reading.NOTHING);
    Reading remarked = internRate == null ? typed : typed.withRemark(internRate.remark(), false);
    Reading read = starred == null ? remarked : remarked.withRemark(starred.remark(), true);
    Reading reading = asked.pending() == null || scene.isEmpty() ? read
        : Placing.goneOn(read, asked.pending(), scene.get().region());
    // "> We were able to get approval for $192,000 base. … not quite 200 but close": beside their answer, a bare
    // figure that is the user's own standing ask is that ask named, never a new figure of theirs to ask about. With no
    // other figure beside it ("they came back at 200", "they said yes to 200!") the ask is their answer: kept.
    if (reading.revision() && reading.loose().size() == 1 && !reading.figures().isEmpty() && c.counter() != null
        && c.countered() != null
        && LooseFigures.restatesTheAsk(reading.loose().get(0), c.counter())) {
      reading = reading.withoutLoose(reading.loose().get(0));
    }
    // "what's a fair middle?", "is that our best?", "draft the verbal offer script": the company's own questions.
    // "offer accepted 🎉 what now?" in one message: the yes is the agreed rule's, and its "what now" asks what follows
    // the yes, never the ways left after a no.
    Turn ourQuestion = scene.isPresent() && !(match.intent() instanceof Intent.Agreed)
        ? OurQuestions.answer(c, scene.get(), text, reading) : null;
    if (ourQuestion != null) {
      return ourQuestion;
    }
    // "our approved range is 140-165 base. Candidate currently at 150, asking for 170": each figure with its role.
    Turn approved = scene.isPresent() ? approvedRange.weigh(c, scene.get(), text) : null;
    if (approved != null) {
      return approved;
    }
    // "finance capped us at 168", "she came back at 210", "we said no to 215": a fact of the company's side, kept.
    Turn told = scene.isPresent() ? companyFacts.weigh(c, scene.get(), text, match.intent()) : null;
    if (told != null) {
      return told;
    }
    // "can we go to 200 if we cut the sign-on?", "bump the RSU instead of base?": one part traded for another.
    Turn traded = scene.isPresent() ? PartTrades.weigh(c, scene.get(), text) : null;
    if (traded != null) {
      return traded;
    }
    // "we can do 182 and a 10k signing" after "she's asking for 190": the company's own move, against her ask.
    Turn ours = scene.isPresent() ? ourMove.weigh(c, scene.get(), text, match.intent()) : null;
    if (ours != null) {
      return ours;
    }
    // "what if i ask for 400 total": the user's own year weighed, never stored, before any what-if of their offer.
    Turn yearly = scene.isPresent() ? yearAsk.weigh(c, scene.get(), text, venue) : null;
    if (yearly != null) {
      return yearly;
    }
    // "what if ally matches the 215 base?": the company's name said as "they", as the intent table reads it.
    Turn supposed = scene.isPresent() ? whatIfs.weigh(c, scene.get(),
        TheirCompany.asIt(text, TheirCompany.names(scene.get().guide())), reading, venue) : null;
    if (supposed != null) {
      return supposed;
    }
    Turn against = scene.isPresent() ? alternatives.weigh(c, scene.get(), text) : null;
    if (against != null) {
      return against;
    }
    Turn switching = scene.isPresent() ? alternatives.againstPayToday(c, scene.get(), text, reading, venue) : null;
    if (switching != null) {
      return switching;
    }
    // "I asked for 170 base", "ok I'll ask for 150 base": the candidate's own ask is the thread's standing ask, so
    // their answer, "take it?" and the email go from it; "what if I ask for 210 base?" is weighed and not kept.
    if (scene.isPresent() && !c.companySide()) {
      // "I countered at 200" on their 180k base: an ask only the base can hold is the standing ask on base.
      reading = loose.placedOwnAsk(c, scene.get(), reading,
          match.intent() instanceof Intent.IfNo && IntentAnswers.theirNo(text));
    }
    if (scene.isPresent() && !c.companySide() && YesToTheAsk.said(text) && (!reading.asks().isEmpty()
        || reading.remarks().stream().anyMatch(r -> r.startsWith(OwnAsks.SENT_ASK_REMARK)))) {
      // "I asked for 158 and they said yes": the ask in this message is their offer now, never a remark only.
      Offer yes = YesToTheAsk.agreed(new Talk(c, scene, match.intent(), text, reading, venue));
      if (yes != null) {
        return YesToTheAsk.turn(c, yes, text);
      }
    }
    Conversation on = c;
    // The candidate's ask heard by the company's side is theirs to answer, never an ask of the user's to stand on.
    if (scene.isPresent() && OwnAsk.applies(reading, match.intent())
        && reading.remarks().stream().noneMatch(OwnAsks::candidateAskRemark)) {
      Conversation standing = OwnAsk.standing(c, scene.get().region(), reading.asks());
      Turn own = ownAsk.answer(c, standing, new Talk(standing, scene, match.intent(), text, reading, venue),
          answers::answer);
      if (own != null) {
        return own;
      }
      on = standing;
    }
    if (scene.isPresent() && reading.revision() && reading.loose().size() == 1 && !reading.figures().isEmpty()
        && !on.companySide()) {
      // "they came back with 182 and a 10k signing": the figure with no word is read where only one part holds it,
      // never dropped because the sign-on beside it has its word.
      reading = loose.placedBesideTheirOthers(on, scene.get(), text, reading);
    }
    if (scene.isPresent() && (reading.revision() || Revisions.calledTheirBest(text)) && reading.loose().size() == 1
        && reading.figures().isEmpty()) {
      reading = on.companySide() ? loose.placedInOurMove(on, scene.get(), text, reading)
          : loose.placedInTheirAnswer(on, scene.get(), text, reading);
    }
    if (scene.isPresent() && on.companySide() && reading.loose().size() == 1
        && (!reading.figures().isEmpty() || OUR_OFFER_WAS.matcher(text).find()
            || saysWeAreAt(text, scene.get().region()))
        && reading.asks().isEmpty() && (on.offer() == null || on.offer().isEmpty())) {
      // "our offer was 150" alone: a figure only the base band holds is the base we offered, said so.
      // "we can do 172 + 15k signing" before any offer: the bare figure is the base, never dropped beside the sign-on.
      reading = loose.placedInOurFirstOffer(scene.get(), text, reading, on.baseAsk());
    }
    if (scene.isPresent() && !reading.asks().isEmpty() && reading.loose().size() == 1
        && reading.figures().stream().noneMatch(f -> f.purpose() == Figure.Purpose.OFFER)) {
      reading = loose.placedBesideTheAsk(scene.get(), readable, reading);
    }
    // "Candidate is asking for 200k base. We offered 178k. Where can we land?": the company is told where the two meet.
    String landing = scene.isPresent() && c.companySide()
        && reading.remarks().stream().anyMatch(OwnAsks::candidateAskRemark) ? Landing.note(scene.get(), reading, c.offer()) : null;
    // "she's asking for 190": kept for the thread, so the company's next move is weighed against it.
    Reading heard = scene.isPresent() && c.companySide() ? reading : null;
    Long most = heard == null ? null : Landing.ceiling(heard, scene.get().region());
    if (most != null) {
      // "HM approved up to 205 base. we opened at 188": the room is the company's own ceiling, said in its voice.
      reading = reading.withoutRemarks(r -> r.contains(LeftOut.ROOM_SAID)).withRemark("Kept "
          + new Money(most, scene.get().region().currency()).full() + " as the most you may pay on base: your "
          + "ceiling, not the offer. A move past it will be flagged.", true);
    }
    if (scene.isPresent() && match.intent() instanceof Intent.Pulled && reading.loose().size() == 1
        && reading.figures().isEmpty()) {
      reading = loose.placedInALoweredOffer(on, scene.get(), readable, reading);
    }
    if (on != c) {
      // Their answer in the same message is weighed against the ask, which the reply says: "tell me what they come
      // back with" would be stale.
      reading = reading.withoutRemarks(OwnAsks::ownAskRemark);
    }
    Conversation now = on;
    if (scene.isPresent() && reading.hasNews() && match.figures() != IntentTable.Figures.IGNORE) {
      // "they can add a 20k sign-on" beside the 10k one held: on top or in its place is asked, never picked.
      String addedSignOn = match.figures() == IntentTable.Figures.ASIDE || on.companySide() ? null
          : AddedSignOn.pending(text, on.offer(), reading.figures(), fixedPart(match.intent()));
      if (addedSignOn != null) {
        return new Turn(on.withPending(addedSignOn),
            new Reply.Question(((AddedSignOn) HeldMessage.parse(addedSignOn).asked()).question(on.offer())));
      }
      if (match.figures() == IntentTable.Figures.WIN || match.intent() instanceof Intent.Agreed
          && update.apply(on, scene.get().region(), reading, venue) instanceof OfferUpdate.Applied agreedTo
          && agreedTo.revision() && IntentAnswers.shortOfTheAsk(agreedTo.conversation())
          && !IntentAnswers.saysSigned(text)) {
        // "ok they agreed to 190" after asking 200: a move of theirs ("agreed to", as "came back") short of the ask is
        // their answer, weighed as one (accept or split once), never congratulated as a yes to the ask. "they accepted
        // 185" names no move of theirs: the yes stands, as it does once the user says they signed.
        // "they countered back at 195 base, everything else same. take it?": the card answers the question too.
        return askedWithTheOffer(c, beside(besidePayToday(signFirst.onCard(figures.apply(on, scene.get(), reading,
            venue), text, venue), scene, text, reading, venue), landing, heard, scene, text), scene, text, reading);
      }
      OfferUpdate.Outcome outcome = update.apply(on, scene.get().region(), reading, venue);
      boolean aside = match.figures() == IntentTable.Figures.ASIDE;
      if (outcome instanceof OfferUpdate.Doubt doubt) {
        if (ANSWERED_BESIDE_A_DOUBT.contains(match.intent().getClass())
            && answers.answer(new Talk(on, scene, match.intent(), text, reading, venue))
                .reply() instanceof Reply.Text answered) {
          // "a verbal offer, 230 base: should I wait for the written one?", "they say 205 base is the top of the band":
          // the answer stands without the figure, so it is given with the question about the figure, not instead of it.
          Turn doubted = NewFigures.doubted(on, doubt);
          return new Turn(doubted.conversation(), new Reply.Question(answered.text() + "\n\n" + doubt.question()));
        }
        if (!aside) {
          return NewFigures.doubted(on, fixedBeside(doubt, match.intent()));
        }
      } else if (aside) {
        Turn card = figures.apply(on, scene.get(), reading, venue);
        if (match.intent() instanceof Intent.Decided && answers.answer(new Talk(card.conversation(), scene,
            match.intent(), text, reading, venue)).reply() instanceof Reply.Text decided) {
          // "they offered 150 base…, i'm going to accept": the offer read, and the decision answered beside it.
          card = new Turn(card.conversation(), Notes.add(card.reply(), decided.text()));
        }
        return beside(besidePayToday(card, scene, text, reading, venue), landing, heard, scene, text);
      } else {
        now = ((OfferUpdate.Applied) outcome).conversation();
      }
    }
    if (scene.isPresent() && !reading.unclear().isEmpty() && !reading.hasNews()
        && HeldMessage.asked(reading.choice(), StepAsked.class) != null) {
      // "they offered 5k more", "they offered 5k more, take it?": a verdict without the part that went up would weigh
      // the old offer in silence, so the part is asked first, and kept, so the reply that names it ("base") takes
      // the step whatever the message asked beside it.
      return new Turn(on.withPending(reading.choice()), new Reply.Question(reading.unclear().get(0)));
    }
    if (scene.isPresent() && match.intent() instanceof Intent.Thanks && !reading.unclear().isEmpty()
        && !reading.hasNews()) {
      // "ok what if i ask for 10k more sign on": figures that need a question are asked, as they would be alone.
      return new Turn(on, new Reply.Question(reading.unclear().get(0)));
    }
    if (scene.isPresent() && (match.figures() == IntentTable.Figures.WIN
        || match.figures() == IntentTable.Figures.ASIDE) && !reading.loose().isEmpty()
        && !reading.hasNews() && !(match.intent() instanceof Intent.Other)
        && !LooseFigures.restatesTheOffer(reading.loose().get(0), on.offer())) {
      // "so 190. should I push again or take it": a question about a figure with no word answers nothing until the
      // figure is placed, or it would be weighed without the figure, in silence.
      String figure = reading.loose().get(0);
      return new Turn(on.withPending(figure), new Reply.Question(Placing.question(figure, scene.get().region(),
          on.offer())));
    }
    if (match.intent() instanceof Intent.StartOver) {
      // "start over with security engineer in new york": the fresh start is for the role and place named with it.
      Turn named = roleAndRegion.freshStart(IntentAnswers.forgotten(now), text, venue, now.region());
      if (named != null) {
        return named;
      }
    }
    return askedWithTheOffer(c, beside(besidePayToday(answers.answer(new Talk(now, scene, match.intent(), text,
        reading, venue)), scene, text, reading, venue), landing, heard, scene, text), scene, text, reading);
  }

  /**
   * "the most they can do on base is 170 but they can add 20k more in RSUs": the part they won't move is kept with the
   * step asked about, so the reply that settles the step gets the answer on the fixed part, not a split of it.
   */
  private static OfferUpdate.Doubt fixedBeside(OfferUpdate.Doubt doubt, Intent intent) {
    com.compcoach.guide.Component part = fixedPart(intent);
    HeldMessage held = HeldMessage.parse(doubt.pending());
    return part == null || held == null || !(held.asked() instanceof GrantStep) ? doubt
        : new OfferUpdate.Doubt(doubt.question(), GrantStep.withFixed(doubt.pending(), part));
  }

  /** The part a message says they won't move ("base is fixed"), or null. */
  private static com.compcoach.guide.Component fixedPart(Intent intent) {
    return intent instanceof Intent.BaseFixed ? com.compcoach.guide.Component.BASE
        : intent instanceof Intent.BonusFixed ? com.compcoach.guide.Component.BONUS : null;
  }

  /**
   * "offer was 180 base 15% bonus 45k rsu/yr, i countered at 200 base": the ask the user sent, told in the message
   * that gives the offer it answers, stands from here (as it would told in a message of its own), so their answer is
   * weighed against 200, never against a plan the user didn't send.
   */
  private static Turn askedWithTheOffer(Conversation before, Turn turn, Optional<Scene> scene, String text,
      Reading reading) {
    if (scene.isEmpty() || reading.asks().isEmpty() || before.companySide()
        || Cards.usable(before.offer(), scene.get().region()) != null
        || reading.remarks().stream().noneMatch(r -> r.startsWith(OwnAsks.SENT_ASK_REMARK))
        || WhatIfWords.supposed(text) != null || OwnAsk.proposed(text, reading.asks())) {
      return turn;
    }
    Conversation standing = OwnAsk.standing(turn.conversation(), scene.get().region(), reading.asks());
    Turn kept = standing == turn.conversation() ? turn : Cards.keepingTheAsk(turn, standing);
    // The ask came in this message, not in an earlier reply of mine: the script says whose it is.
    return kept.reply() instanceof Reply.Card k && k.script() != null && k.script().startsWith(Cards.STANDING_ASK)
        ? new Turn(kept.conversation(), new Reply.Card(k.guide(), k.region(), k.target(), k.levers(), k.offer(),
            k.positions(), k.counter(), k.aim(), k.verdict(), "Your ask as you sent it: "
                + k.script().substring(Cards.STANDING_ASK.length()), k.notes(), k.companySide()))
        : kept;
  }

  /** The turn with a note beside its reply, when there is one, and the candidate's base ask kept when told. */
  private static Turn beside(Turn turn, String note, Reading heard, Optional<Scene> scene, String text) {
    boolean company = heard != null && scene.isPresent() && turn.conversation().companySide();
    Long ask = company ? Landing.baseAsk(heard, turn.conversation().offer(), scene.get().region()) : null;
    Long most = company ? Landing.ceiling(heard, scene.get().region()) : null;
    Conversation on = ask == null ? turn.conversation()
        : turn.conversation().withBaseAsk(ask, Landing.signOnAsk(heard));
    if (ask != null && turn.conversation().baseAsk() == null) {
      // "Candidate is asking 195 base. What should we do?": the card was drawn before the ask was kept.
      turn = new Turn(turn.conversation(), Cards.withAskHeard(turn.reply(), scene.get(), ask));
    }
    // "we're at 165 base. what's the compa-ratio?": the offer read, and its ratio to the band's midpoint beside it.
    if (company && OurQuestions.MIDPOINT.matcher(text).find()) {
      Offer now = Cards.usable(turn.conversation().offer(), scene.get().region());
      turn = new Turn(turn.conversation(), Notes.add(turn.reply(),
          String.join(" ", OurQuestions.midpoint(scene.get(), now))));
    }
    // "finance capped us at 168" then "she wants 175": the ask past the cap is weighed where it is heard.
    String past = ask == null ? null : CompanyFacts.pastCeiling(scene.get(), ask, on.ceiling());
    Turn kept = new Turn(most == null ? on : on.withCeiling(most),
        past == null ? turn.reply() : Notes.add(turn.reply(), past));
    return note == null ? kept : new Turn(kept.conversation(), Notes.add(kept.reply(), note));
  }

  /** The turn with the offer weighed against pay today, when the message gives both and asks which is better. */
  private Turn besidePayToday(Turn turn, Optional<Scene> scene, String text, Reading reading, Venue venue) {
    String weighed = scene.isPresent()
        ? alternatives.besideTheOffer(turn.conversation(), scene.get(), text, reading, venue) : null;
    return weighed == null ? turn : new Turn(turn.conversation(), Notes.add(turn.reply(), weighed));
  }

  /** The "Bands" button and "bands" in a thread: the full card for the thread's role, region and figures. */
  public Turn bands(Conversation conversation, Venue venue) {
    Conversation c = conversation == null ? Conversation.EMPTY : conversation;
    Optional<Scene> scene = scene(c);
    if (scene.isEmpty()) {
      return new Turn(c, new Reply.Text("Pick a role and a region first, e.g. \"ml-ai-engineer charlotte\"."));
    }
    return Cards.standing(cards.card(scene.get(), c, venue, List.of(), today()), c);
  }

  /** The "enter my offer" form: every field checked at once; a valid form gives the card with the counter. */
  public Submission submit(Conversation conversation, OfferForm form, Venue venue) {
    Conversation c = conversation == null ? Conversation.EMPTY : conversation;
    Optional<Scene> scene = scene(c);
    if (scene.isEmpty()) {
      return new Submission.Invalid(Map.of(OfferForm.BASE,
          "Pick a role and a region first (\"/comp ml-ai-engineer charlotte\"), then enter the offer."));
    }
    Map<String, String> errors = new LinkedHashMap<>();
    Reading reading = forms.read(form, c, scene.get().region(), errors);
    if (!errors.isEmpty()) {
      return new Submission.Invalid(errors);
    }
    Turn turn = figures.apply(c, scene.get(), reading, venue);
    if (turn.reply() instanceof Reply.Question question) {
      return new Submission.Invalid(Map.of(OfferForm.BASE, question.text()));
    }
    return new Submission.Accepted(Cards.inThread(turn));
  }

  /**
   * The card's region select: the same conversation, offer kept, recomputed for another region; with an offer the
   * reply is the thread's concise {@link Reply.Advice}.
   */
  public Turn switchRegion(Conversation conversation, String regionName, Venue venue) {
    Conversation c = conversation == null ? Conversation.EMPTY : conversation;
    Optional<Scene> scene = scene(c);
    if (scene.isEmpty()) {
      return new Turn(c, new Reply.Text("Pick a role first, e.g. \"ml-ai-engineer charlotte\"."));
    }
    Guide guide = scene.get().guide();
    Optional<Region> region = guide.regions().stream().filter(r -> r.name().equals(regionName)).findFirst()
        .or(() -> roleAndRegion.region(guide, regionName == null ? "" : regionName));
    if (region.isEmpty()) {
      return new Turn(c, RoleAndRegion.regionChoices(guide, "I don't have " + regionName + " for "
          + guide.role().title() + ". Pick one of these:"));
    }
    return Cards.inThread(cards.card(new Scene(guide, region.get()), c.withRegion(region.get().name()), venue,
        List.of(), today()));
  }

  /** The "lever wording" button: every lever, restated for the conversation's region. */
  public Turn levers(Conversation conversation, Venue venue) {
    Conversation c = conversation == null ? Conversation.EMPTY : conversation;
    Optional<Scene> scene = scene(c);
    if (scene.isEmpty()) {
      return new Turn(c, new Reply.Text("Pick a role and a region first, e.g. \"ml-ai-engineer charlotte\"."));
    }
    return levers.all(c, scene.get());
  }

  /** The "compare regions" button: every region of the guide side by side. */
  public Turn compare(Conversation conversation, Venue venue) {
    Conversation c = conversation == null ? Conversation.EMPTY : conversation;
    Optional<Scene> scene = scene(c);
    if (scene.isEmpty()) {
      return new Turn(c, new Reply.Text("Pick a role first, e.g. \"compare ml-ai-engineer detroit charlotte\"."));
    }
    return comparisons.of(c, scene.get(), List.of(), venue);
  }

  /**
   * The conversation as a card's own buttons see it: the card's role and region, the thread's figures and names.
   * A card posted before another role or region was typed in its thread still acts on what it shows.
   */
  public Conversation onCard(Conversation conversation, String company, String role, String region) {
    Conversation c = conversation == null ? Conversation.EMPTY : conversation;
    return c.withGuide(company, role, region);
  }

  /** The guide and region the conversation is about, from the current catalog; empty before a region is chosen. */
  public Optional<Scene> scene(Conversation conversation) {
    return roleAndRegion.scene(conversation);
  }

  /**
   * An offer letter given as one (the offer form's letter field, a PDF or text file shared in the thread): its figures
   * become the offer, whatever its length; a text with no figure to place gets a question and changes nothing.
   */
  public Turn letter(Conversation conversation, String letterText, Venue venue) {
    Conversation c = conversation == null ? Conversation.EMPTY : conversation;
    Optional<LetterIntake.Read> read = letters.readGiven(letterText == null ? "" : letterText, today());
    if (read.isEmpty()) {
      // Short enough for a modal's field error (150 characters).
      return new Turn(c, new Reply.Question("I couldn't find a base, bonus, sign-on or equity figure in that letter. "
          + "Paste the part with the figures, or type them (\"180k base\")."));
    }
    return Cards.inThread(pasted.take(c, scene(c), read.get(), venue));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
