package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.guide.GuideCatalog;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** One small method per intent, found by the intent's type: the table's rules pick the intent, this its answer. */
final class IntentAnswers {

  /** One intent's answer. */
  @FunctionalInterface
  interface Handler {
    Turn answer(Talk talk);
  }

  /** A question about the conversation's figures. */
  @FunctionalInterface
  private interface Question {
    Turn answer(Scene scene, Conversation conversation, Venue venue);
  }

  private final Supplier<GuideCatalog> catalog;
  private final Clock clock;
  private final Cards cards;
  private final Answers answers;
  private final Explanations explanations = new Explanations();
  private final ReadyToSend ready;
  private final DeadlineTalk deadlines;
  private final PracticeSession practice;
  private final Drafts drafts;
  private final LeverReplies levers;
  private final Comparisons comparisons;
  private final RoleAndRegion roleAndRegion;
  private final Conversational conversational;
  private final CompanySide company;
  private final ModestAsk modest;
  private final TwoOffers twoOffers;
  private final SignFirst signFirst;
  private final Claims claims = new Claims();
  private final Halfway halfway;
  private final PercentMore percentMore;
  private final Gap gap;
  private final Summary summary;
  private final Map<Class<? extends Intent>, Handler> handlers;

  IntentAnswers(Supplier<GuideCatalog> catalog, Clock clock, Cards cards, Answers answers, ReadyToSend ready,
      DeadlineTalk deadlines, PracticeSession practice, Drafts drafts, LeverReplies levers, Comparisons comparisons,
      RoleAndRegion roleAndRegion, Conversational conversational, CompanySide company, SignFirst signFirst) {
    this.catalog = catalog;
    this.clock = clock;
    this.cards = cards;
    this.answers = answers;
    this.ready = ready;
    this.deadlines = deadlines;
    this.practice = practice;
    this.drafts = drafts;
    this.levers = levers;
    this.comparisons = comparisons;
    this.roleAndRegion = roleAndRegion;
    this.conversational = conversational;
    this.company = company;
    this.modest = new ModestAsk(cards, clock);
    this.twoOffers = new TwoOffers(cards);
    this.halfway = new Halfway(cards, clock);
    this.percentMore = new PercentMore(cards, clock);
    this.gap = new Gap(cards, clock);
    this.summary = new Summary(cards, clock);
    this.signFirst = signFirst;
    this.handlers = handlers();
  }

  /** The message answered as its intent asks. */
  Turn answer(Talk talk) {
    // "can we do a 6-month review with a raise instead?", "how do we explain the band to her?" on the company's side:
    // the candidate's own questions asked about her, answered for the team.
    String ours = talk.scene().isPresent() ? OurSideTopics.answer(talk.intent(), talk.scene().get(),
        talk.conversation(), talk.text()) : null;
    if (ours != null) {
      return new Turn(talk.conversation(), new Reply.Text(ours));
    }
    return handlers.get(talk.intent().getClass()).answer(talk);
  }

  private Map<Class<? extends Intent>, Handler> handlers() {
    return Map.ofEntries(
      Map.entry(Intent.StartOver.class, t -> startOver(t.conversation(), t.scene())),
      // A bare "?" after an answer is the user lost, not the usage asked for (which a first "?" still gets).
      Map.entry(Intent.Help.class, t -> new Turn(t.conversation(), new Reply.Text(ONLY_MARKS.matcher(t.text()).matches()
          && t.conversation().offer() != null ? Conduct.UNCLEAR : Usage.TEXT))),
      Map.entry(Intent.Why.class, t -> new Turn(t.conversation(), explanations.why(t.scene(), t.conversation(),
          t.venue()))),
      Map.entry(Intent.RaiseNorm.class, t -> new Turn(t.conversation(), new Reply.Text(raiseNorm(t)))),
      Map.entry(Intent.Plainly.class, t -> {
        String plain = t.scene().map(s -> PlainWords.counter(s, t.conversation())).orElse(null);
        return new Turn(t.conversation(), plain != null ? new Reply.Text(plain)
            : explanations.why(t.scene(), t.conversation(), t.venue()));
      }),
      Map.entry(Intent.OneLever.class, started(t -> levers.one(t.conversation(), t.scene().get(),
          ((Intent.OneLever) t.intent()).number()))),
      Map.entry(Intent.Levers.class, started(t -> levers.all(t.conversation(), t.scene().get()))),
      Map.entry(Intent.Bands.class, started(t -> Cards.standing(cards.card(t.scene().get(), t.conversation(),
          t.venue(), List.of(), today()), t.conversation()))),
      Map.entry(Intent.Compare.class, started(t -> comparisons.of(t.conversation(), t.scene().get(),
          catalog.get().regions(t.scene().get().guide(), t.text()), t.venue()))),
      Map.entry(Intent.BaseFixed.class, companySide(signFirst(question(answers::baseFixed)))),
      Map.entry(Intent.StockFixed.class, signFirst(question(answers::stockFixed))),
      Map.entry(Intent.BonusFixed.class, signFirst(question(answers::bonusFixed))),
      // "hiring manager here, whats the band ceiling for this req?": the company's room, never a candidate's answer.
      Map.entry(Intent.TopOfBand.class, companySide(signFirst(saidHowRead(question(answers::topOfBand))))),
      Map.entry(Intent.IfNo.class, t -> onTheClock(t) && ABOUT_THE_DATE.matcher(t.text()).find()
          ? new Turn(t.conversation(), new Reply.Text(Conduct.NO_EXTENSION))
          // "they said no to my ask of 195": the plan starts from their no, never "if they say no" to it.
          : heldFirm(t, signFirst(question((s, c, v) -> answers.ifNo(s, c, v, saidNoToAsk(t)))).answer(t))),
      // "compare total over 4 years": beside a competing offer, each one's four years in all.
      Map.entry(Intent.Years.class, t -> question(AGAINST.matcher(t.text()).find() ? drafts::yearsAgainst
          : drafts::years).answer(t)),
      // "what do we say to her?" on the company's side: their own words, never a candidate's email.
      // "write the counter email" right after the more-time note names the counter: the counter email, not the note.
      // "make the email from my partner's perspective" after "I'm going to say no": the note declining, in the
      // user's own voice, never the counter email.
      Map.entry(Intent.Email.class, t -> t.conversation().note() == Voice.Note.DECLINED && t.scene().isPresent()
          && !COUNTER_EMAIL.matcher(t.text()).find() ? new Turn(t.conversation(), new Reply.Text(
          (Declining.SOMEONE_ELSE.matcher(t.text()).find() ? Declining.OWN_VOICE : "")
          + Declining.decline(t.scene().get(), t.conversation(), ""))) : companySide(question(this::email)).answer(COUNTER_EMAIL.matcher(t.text())
          .find() && t.conversation().note() != null ? new Talk(t.conversation().withNote(null), t.scene(), t.intent(),
          t.text(), t.reading(), t.venue()) : t)),
      Map.entry(Intent.Call.class, this::call),
      Map.entry(Intent.Extension.class, started(this::extension)),
      Map.entry(Intent.Deadline.class, this::deadline),
      Map.entry(Intent.Remind.class, t -> deadlines.remind(t.conversation(), today())),
      Map.entry(Intent.CancelReminders.class, t -> deadlines.cancel(t.conversation())),
      // "what if they ask why" right after the note declining: the reason to give, never the leverage for a counter.
      Map.entry(Intent.Leverage.class, t -> t.conversation().note() == Voice.Note.DECLINED
          ? new Turn(t.conversation(), new Reply.Text(Declining.WHY))
          : companySide(question(answers::leverage)).answer(t)),
      // "whats a good number for stock?": that part of the counter alone, on the candidate's side.
      Map.entry(Intent.AskAim.class, t -> {
        Component part = onePart(t.text());
        return part != null && !t.conversation().companySide() && t.conversation().offer() != null
            ? question((s, c, v) -> answers.askAimPart(s, c, v, part)).answer(t)
            : elsewhere(companySide(tooMuch(question(answers::askAim)))).answer(t);
      }),
      // "what are the next steps?" right after "i signed!": what follows a yes, never the verdict on the offer again.
      Map.entry(Intent.Accept.class, t -> t.conversation().note() == Voice.Note.SIGNED
          ? new Turn(t.conversation(), new Reply.Text(t.conversation().companySide() ? Conduct.AFTER_HER_YES
              : Conduct.AFTER_SIGNING))
          : elsewhere(companySide(question(answers::accept))).answer(t)),
      Map.entry(Intent.Walk.class, companySide(question(answers::walk))),
      // One offer naming fewer parts than the other is still weighed on what both give; two whole years as ever.
      // "which would you pick?" right after the packages picks a package, not between two offers.
      Map.entry(Intent.Which.class, t -> t.conversation().note() == Voice.Note.PACKAGES
          ? new Turn(t.conversation(), new Reply.Text(Packages.PICK))
          : question((s, c, v) -> orElse(twoOffers.weighed(s, c), () -> answers.which(s, c, v))).answer(t)),
      // "which option would you pick" a message or two after the packages names them as options.
      Map.entry(Intent.PickPackage.class, t -> PACKAGE_WORD.matcher(t.text()).find()
          && t.conversation().counter() != null ? new Turn(t.conversation(), new Reply.Text(Packages.PICK))
          : handlers.get(Intent.Which.class).answer(t)),
      Map.entry(Intent.WaitToCounter.class, t -> new Turn(t.conversation(), new Reply.Text(Conduct.WAIT_TO_COUNTER))),
      Map.entry(Intent.FirstChoice.class, t -> new Turn(t.conversation(), new Reply.Text(Conduct.firstChoice(
          t.conversation())))),
      Map.entry(Intent.SameBut.class, t -> new Turn(t.conversation(), new Reply.Text(SaidBack.sameBut(
          ((Intent.SameBut) t.intent()).part(), t.text())))),
      Map.entry(Intent.Unclear.class, t -> new Turn(t.conversation(), new Reply.Text(t.conversation().offer() != null
          || t.conversation().counter() != null ? Conduct.UNCLEAR : Usage.TEXT))),
      Map.entry(Intent.PushOn.class, companySide(started(t -> orElse(twoOffers.pushOn(t.scene().get(),
          t.conversation(), t.text()), () -> answers.which(t.scene().get(), t.conversation(), t.venue()))))),
      Map.entry(Intent.OtherOffer.class, question(answers::otherOffer)),
      Map.entry(Intent.Agreed.class, started(IntentAnswers::agreed)),
      Map.entry(Intent.Thanks.class, started(t -> thanks(t.conversation()))),
      // "what's the equity worth if the stock drops 30%?": the thread's grant at that price; else how equity is valued.
      Map.entry(Intent.EquityValue.class, t -> new Turn(t.conversation(), new Reply.Text(t.scene()
          .map(s -> StockMoves.answer(s, t.conversation(), t.text())).orElse(Answers.EQUITY_VALUE)))),
      Map.entry(Intent.TakeHome.class, started(t -> new Turn(t.conversation(), new Reply.Text(TakeHome.answer(
          t.scene().get(), t.conversation(), t.text()))))),
      Map.entry(Intent.MakeWhole.class, started(t -> new Turn(t.conversation(), new Reply.Text(MakeWhole.answer(
          t.scene().get(), t.conversation()))))),
      Map.entry(Intent.Sources.class, started(t -> new Turn(t.conversation(), new Reply.Text(
          GuideLimits.sources(t.scene().get(), today()))))),
      Map.entry(Intent.OtherCompanies.class, started(t -> new Turn(t.conversation(), new Reply.Text(
          GuideLimits.otherCompanies(t.scene().get()))))),
      Map.entry(Intent.Place.class, started(t -> new Turn(t.conversation(), new Reply.Text(
          GuideLimits.place(t.scene().get(), t.text()))))),
      Map.entry(Intent.Capped.class, this::capped),
      Map.entry(Intent.UnnamedOffer.class, question(this::unnamed)),
      // "whats the chance they say yes": no odds, then the ask weighed as "is that realistic?" weighs it.
      Map.entry(Intent.Odds.class, started(t -> {
        Turn weighed = handlers.get(Intent.Realistic.class).answer(t);
        return new Turn(weighed.conversation(), weighed.reply() instanceof Reply.Text x
            ? new Reply.Text(GuideLimits.ODDS + "\n" + x.text()) : Notes.add(weighed.reply(), GuideLimits.ODDS));
      })),
      Map.entry(Intent.Peers.class, started(t -> new Turn(t.conversation(), new Reply.Text(Peers.answer(
          t.scene().get(), t.conversation()))))),
      // "does the referral bonus come out of the offer budget?", "what's our range?" from a recruiter: the band and the
      // offer from the company's side, never a candidate's words for deflecting a range question.
      Map.entry(Intent.TheirRange.class, started(companySide(t -> answers.theirRange(t.scene().get(), t.conversation(),
          t.text(), t.venue())))),
      Map.entry(Intent.Clawback.class, started(t -> new Turn(t.conversation(), new Reply.Text(
          SideQuestions.clawback(t.conversation(), t.text(), t.scene().get().region()))))),
      Map.entry(Intent.Relocation.class, t -> new Turn(t.conversation(), new Reply.Text(t.conversation().companySide()
          ? SideQuestions.relocationForUs(t.conversation(), t.scene()) : SideQuestions.relocation(t.scene())))),
      Map.entry(Intent.RelocationAsSignOn.class, t -> new Turn(t.conversation(), new Reply.Text(
          SideQuestions.relocationAsSignOn(t.conversation(), t.scene())))),
      Map.entry(Intent.CostOfLiving.class, started(t -> new Turn(t.conversation(), new Reply.Text(
          GuideLimits.costOfLiving(t.scene().get()))))),
      Map.entry(Intent.PeerPay.class, t -> new Turn(t.conversation(), new Reply.Text(SideQuestions.PEER_PAY))),
      // "a strong candidate finishing final rounds": on the company's side the rounds are theirs, never leverage.
      Map.entry(Intent.OtherProcess.class, companySide(
          t -> new Turn(t.conversation(), new Reply.Text(Answers.OTHER_PROCESS)))),
      Map.entry(Intent.PracticeStart.class, t -> t.scene().isPresent()
          ? practice.start(t.scene().get(), t.conversation())
          : new Turn(t.conversation(), new Reply.Text("Pick a role and a region first, e.g. \"ml-ai-engineer "
              + "charlotte\", then say \"practice\" and I'll play the recruiter."))),
      Map.entry(Intent.PracticeStop.class, t -> practice.stop(t.conversation())),
      Map.entry(Intent.Precise.class, started(t -> new Turn(t.conversation(), new Reply.Text(Precise.why(
          t.conversation().counter(), t.scene().get().region().currency()))))),
      // "is asking 5% more too greedy?": the percent weighed against the counter, before any verdict on the ask.
      Map.entry(Intent.Realistic.class, elsewhere(t -> t.scene().isPresent()
          && t.conversation().note() == Voice.Note.PULLED && Pulled.FAULT.matcher(t.text()).find()
          ? new Turn(t.conversation(), new Reply.Text(Pulled.fault(t.scene().get(), t.conversation())))
          : t.scene().isPresent() && !t.conversation().companySide()
          && PercentMore.percent(t.text()) != null ? percentMore.answer(t.scene().get(), t.conversation(), t.text(),
          t.venue()) : onTheClock(t) && t.reading().figures().isEmpty()
          && t.reading().loose().isEmpty() ? new Turn(t.conversation(), new Reply.Text(Conduct.pressure(
              t.conversation(), today())))
          : companySide(started(u -> answers.realistic(u.scene().get(), u.conversation(), u.reading(), u.text(),
              u.venue()))).answer(t))),
      Map.entry(Intent.Modest.class, companySide(question(modest::answer))),
      Map.entry(Intent.FullAsk.class, companySide(question(modest::full))),
      Map.entry(Intent.Subject.class, started(t -> ((Intent.Subject) t.intent()).topic() == Topic.CLIFF
          && LongCliff.answer(t.text()) != null ? new Turn(t.conversation(), new Reply.Text(LongCliff.answer(t.text())))
          : t.conversation().companySide()
          && ((Intent.Subject) t.intent()).topic() == Topic.SIGN_ON
          ? new Turn(t.conversation(), new Reply.Text(CompanySide.signOn(t.scene().get())))
          : t.conversation().companySide() && ((Intent.Subject) t.intent()).topic() == Topic.STOCK_FOR_BASE
          ? company.answer(t.intent(), t.scene().get(), t.conversation(), t.text(), t.venue())
          : answers.topic(((Intent.Subject) t.intent()).topic(), t.scene().get(), t.conversation()))),
      Map.entry(Intent.StayOffer.class, started(t -> stayOffer(t))),
      Map.entry(Intent.ClaimedCap.class, started(t -> namedBase(t) == null ? handlers.get(Intent.TopOfBand.class)
          .answer(t) : answers.claimedCap(t.scene().get(), t.conversation(), namedBase(t)))),
      Map.entry(Intent.SignOnSplit.class, started(t -> new Turn(t.conversation(), new Reply.Text(
          t.conversation().companySide() ? SideQuestions.signOnSplitForUs(t.conversation(), t.scene().get().region())
          : SideQuestions.signOnSplit(t.conversation(), t.scene().get().region()))))),
      Map.entry(Intent.SendForMe.class, t -> new Turn(t.conversation(), new Reply.Text(Conduct.SEND_FOR_ME))),
      Map.entry(Intent.Counterpart.class, t -> new Turn(t.conversation(), new Reply.Text(Conduct.COUNTERPART))),
      Map.entry(Intent.Rescind.class, t -> new Turn(t.conversation(), new Reply.Text(t.conversation().companySide()
          ? SideQuestions.rescindOurs(t.conversation(), t.text()) : SideQuestions.rescind(t.conversation())))),
      Map.entry(Intent.CurrentPay.class, saidHowRead(companySide(question(answers::currentPay)))),
      Map.entry(Intent.WalkAwayAdvice.class, companySide(question(answers::walkAwayAdvice))),
      // "should i mention the other offer first or last?": when, then whether and how.
      Map.entry(Intent.MentionOffer.class, t -> {
        // "current salary is 140k" then "should i share that with them?": pay today is what they'd share, no offer.
        if (t.conversation().competing() == null && t.conversation().payToday() != null
            && !OFFER_WORD.matcher(t.text()).find()) {
          return handlers.get(Intent.CurrentPay.class).answer(t);
        }
        boolean matchAsked = MATCH_ASKED.matcher(t.text()).find();
        Turn mentioned = question((s, c, v) -> answers.mentionOffer(s, c, v, matchAsked)).answer(t);
        return WHEN_TO_MENTION.matcher(t.text()).find() && mentioned.reply() instanceof Reply.Text x
            ? new Turn(mentioned.conversation(), new Reply.Text(Conduct.MENTION_FIRST + "\n" + x.text())) : mentioned;
      }),
      // "can you draft my acceptance email?": the email saying yes, with the figures on record; else how to accept.
      Map.entry(Intent.Decided.class, t -> question((s, c, v) -> noting(ACCEPT_IN_WRITING.matcher(t.text()).find()
          ? answers.acceptanceEmail(s, c, v) : answers.decided(s, c, v), Voice.Note.ACCEPTING)).answer(t)),
      Map.entry(Intent.NeverMind.class, started(t -> answers.neverMind(t.scene().get(), t.conversation(),
          t.venue()))),
      Map.entry(Intent.Law.class, t -> new Turn(t.conversation(), new Reply.Text(Conduct.LAW))),
      Map.entry(Intent.PassedOver.class, t -> new Turn(t.conversation(), new Reply.Text(Declining.PASSED_OVER))),
      Map.entry(Intent.AfterAccepting.class, this::afterAccepting),
      Map.entry(Intent.Raise.class, started(t -> new Turn(t.conversation(), new Reply.Text(Raise.answer(
          t.scene().get(), t.reading()))))),
      // "should i get anything in writing?" asks what to keep on paper, which may come after a yes: no "negotiate now".
      Map.entry(Intent.Verbal.class, t -> new Turn(t.conversation(), new Reply.Text(noted(t, "Noted their offer: ")
          + (ON_PAPER.matcher(t.text()).find() ? Conduct.IN_WRITING : Conduct.VERBAL)))),
      Map.entry(Intent.Tone.class, t -> t.scene().isPresent() ? answers.tone(t.scene().get(), t.conversation(),
          t.venue()) : new Turn(t.conversation(), new Reply.Text(Conduct.tone(null)))),
      Map.entry(Intent.Pressure.class, t -> new Turn(t.conversation().withNote(Voice.Note.DEADLINE),
          new Reply.Text(Conduct.pressure(t.conversation(), today())))),
      // "candidate ghosted after the offer" on the hiring side: her silence, answered for the company.
      Map.entry(Intent.FollowUp.class, t -> t.conversation().companySide() && CANDIDATE_SILENT.matcher(t.text()).find()
          ? new Turn(t.conversation(), new Reply.Text(Conduct.CANDIDATE_SILENT))
          : new Turn(t.conversation().withNote(Voice.Note.FOLLOW_UP),
          new Reply.Text(Conduct.followUp(t.conversation(), today())))),
      Map.entry(Intent.Sent.class, t -> new Turn(t.conversation(), new Reply.Text(Conduct.sent(t.conversation(),
          today())))),
      // "reply in spanish pls" asks for the coach's answers, not the email's: said honestly, with what it can do.
      Map.entry(Intent.Language.class, t -> ANSWER_IN.matcher(t.text()).find()
          ? new Turn(t.conversation(), new Reply.Text(Conduct.ENGLISH_ONLY)) : question(drafts::inEnglish).answer(t)),
      Map.entry(Intent.Formal.class, question(drafts::formal)),
      Map.entry(Intent.Casual.class, question(drafts::casual)),
      Map.entry(Intent.DropCompeting.class, started(this::dropCompeting)),
      // "shorter" right after the decline, the acceptance or the follow-up note shortens that note, not the email.
      Map.entry(Intent.Shorter.class, question((s, c, v) -> ShortNotes.of(c.note(), s, c) != null
          ? new Turn(c, new Reply.Text(ShortNotes.of(c.note(), s, c))) : drafts.shortEmail(s, c, v))),
      // "more equity or more base given i might leave in 2 years": the part to push, and what a short stay vests.
      Map.entry(Intent.Priority.class, t -> {
        // "sign on or bonus?": money paid once against a part paid every year, picked from the figures.
        String pair = t.scene().isPresent() && t.conversation().offer() != null && !t.conversation().companySide()
            ? OneOffOrYearly.pick(t.scene().get(), t.conversation(), cards.ask(t.scene().get(), t.conversation(),
                t.venue(), today()), t.text()) : null;
        if (pair != null) {
          return new Turn(t.conversation(), new Reply.Text(pair));
        }
        Turn pushed = question((s, c, v) -> answers.priority(s, c, ((Intent.Priority) t.intent()).stockOrBonus(), v))
            .answer(t);
        String stay = Horizon.note(t.text(), pushed.conversation().offer());
        return stay == null ? pushed : new Turn(pushed.conversation(), Notes.add(pushed.reply(), stay));
      }),
      Map.entry(Intent.Negotiate.class, companySide(question(answers::negotiate))),
      Map.entry(Intent.Feelings.class, question(answers::feelings)),
      Map.entry(Intent.Part.class, started(t -> notWeird(t, answers.part(t.scene().get(), t.conversation(),
          ((Intent.Part) t.intent()).part(), t.venue())))),
      Map.entry(Intent.Pulled.class, started(t -> Pulled.answer(t.scene().get(), t.conversation(), t.text(),
          t.venue()))),
      Map.entry(Intent.Other.class, started(this::conversational)),
      Map.entry(Intent.Medium.class, t -> new Turn(t.conversation(), new Reply.Text(Conduct.MEDIUM))),
      // "should i ask for both more base and a sign-on?": the counter's base and sign-on; "what if i ask for both" alone:
      // the thread's ask in one counter; else one message for both asks.
      Map.entry(Intent.BothAsks.class, t -> t.scene().isPresent() && BASE_AND_SIGN_ON.matcher(t.text()).find()
          ? companySide(question(answers::baseAndSignOn)).answer(t)
          : t.scene().isPresent() && BOTH_ALONE.matcher(t.text()).matches()
          ? companySide(question(this::both)).answer(t)
          : new Turn(t.conversation(), new Reply.Text(Conduct.BOTH_ASKS))),
      Map.entry(Intent.Rounds.class, started(t -> new Turn(t.conversation(), new Reply.Text(Rounds.answer(
          t.scene().get(), t.conversation(), cards.ask(t.scene().get(), t.conversation(), t.venue(), today()),
          t.text()))))),
      Map.entry(Intent.Summary.class, started(t -> summary.answer(t.scene().get(), t.conversation(), t.venue()))),
      Map.entry(Intent.Review.class, started(t -> new Turn(t.conversation(), new Reply.Text(ReviewDate.answer(
          t.scene().get(), t.conversation(), cards.ask(t.scene().get(), t.conversation(), t.venue(), today()),
          t.text()))))),
      Map.entry(Intent.Proof.class, t -> new Turn(t.conversation(), new Reply.Text(Conduct.PROOF))),
      Map.entry(Intent.Packages.class, companySide(started(t -> new Turn(t.conversation().withNote(Voice.Note.PACKAGES),
          new Reply.Text(
          Packages.answer(t.scene().get(), t.conversation(), cards.ask(t.scene().get(), t.conversation(), t.venue(),
              today()))))))),
      Map.entry(Intent.Mistake.class, started(t -> new Turn(t.conversation(), new Reply.Text(Mistake.answer(
          t.scene().get(), t.conversation(), t.conversation().counter(), t.reading().asks()))))),
      Map.entry(Intent.Confident.class, question(drafts::confident)),
      Map.entry(Intent.ReplyWhen.class, t -> new Turn(t.conversation(), new Reply.Text(Conduct.replyWhen(
          t.conversation(), today())))),
      Map.entry(Intent.Bullets.class, question(drafts::list)),
      // "is that a tactic?" right after a deadline is about the clock; any other claim is checked against the guide.
      Map.entry(Intent.Claim.class, companySide(started(t -> new Turn(t.conversation(), new Reply.Text(onTheClock(t)
          && Claims.TACTIC.matcher(t.text()).find() ? Conduct.pressure(t.conversation(), today()) : claims.answer(t.scene().get(), t.conversation(), t.text(),
          cards.ask(t.scene().get(), t.conversation(), t.venue(), today()))))))),
      Map.entry(Intent.Halfway.class, started(t -> halfway.answer(t.scene().get(), t.conversation(), t.venue()))),
      Map.entry(Intent.Gap.class, question(gap::toTarget)),
      Map.entry(Intent.InPercent.class, question(gap::inPercent)),
      Map.entry(Intent.Decline.class, started(t -> new Turn(t.conversation().withNote(Voice.Note.DECLINED),
          new Reply.Text(Declining.decline(t.scene().get(), t.conversation(), t.text()))))),
      Map.entry(Intent.Elsewhere.class, started(t -> new Turn(t.conversation(), new Reply.Text(
          Declining.elsewhere(t.scene().get(), t.conversation()))))),
      Map.entry(Intent.Recall.class, started(t -> new Turn(t.conversation(), new Reply.Text(SaidBack.recall(
          t.conversation(), ((Intent.Recall) t.intent()).part(), t.scene().get().region().currency(),
          t.text()))))),
      Map.entry(Intent.Undo.class, started(t -> new Turn(t.conversation(), new Reply.Text(SaidBack.undo(
          t.conversation(), t.scene().get().region().currency()))))),
      // "they came back": their answer without its figures, asked for rather than guessed.
      Map.entry(Intent.HeardBack.class, started(t -> new Turn(t.conversation(), new Reply.Question(
          "What did they come back with? Tell me their figures (\"they came back with 190k base, the rest the "
          + "same\") and I'll weigh them against your ask, or tell me if they said no or asked for time.")))),
      // No percent named ("more across the board?"): the ask by part answers.
      Map.entry(Intent.PercentMore.class, started(t -> orElse(percentMore.answer(t.scene().get(), t.conversation(),
          t.text(), t.venue()), () -> handlers.get(Intent.AskAim.class).answer(t)))));
  }

  /** Their last word (a fixed base, a no) with "should I sign?" beside it: the question first, then the move. */
  private Handler signFirst(Handler move) {
    return t -> {
      Turn turn = move.answer(t);
      return t.scene().isPresent() && !t.conversation().companySide() && signFirst.asked(t.text())
          ? signFirst.answer(t.scene().get(), t.conversation(), turn, t.venue()) : turn;
    };
  }

  /** The answer given, or the fallback's when there is none. */
  private static Turn orElse(Turn given, Supplier<Turn> fallback) {
    return given != null ? given : fallback.get();
  }

  /** Answers once a role and region are chosen; before that the message is read as a role and region. */
  private Handler started(Handler handler) {
    return t -> t.scene().isEmpty() ? roleAndRegion.unstarted(t.conversation(), t.text(), t.venue())
        : handler.answer(t);
  }

  /**
   * On the company's side of a thread (a recruiter, a hiring manager), the band, where their offer sits and what a
   * candidate will likely ask, in place of a candidate's answer.
   */
  private Handler companySide(Handler candidate) {
    return t -> t.scene().isPresent() && t.conversation().companySide()
        ? company.answer(t.intent(), t.scene().get(), t.conversation(), t.text(), t.venue())
        : candidate.answer(t);
  }

  /** "what do i write" after the follow-up or the more-time advice writes that note; else the counter email. */
  private Turn email(Scene s, Conversation c, Venue venue) {
    if (c.note() == Voice.Note.FOLLOW_UP) {
      return new Turn(c, ready.followUp(s, c, today()));
    }
    if (c.note() == Voice.Note.EXTENSION) {
      return new Turn(c, ready.extension(s, c, today()));
    }
    if (c.note() == Voice.Note.REOPEN) {
      return new Turn(c, new Reply.Text(Conduct.REOPEN_NOTE));
    }
    if (c.note() == Voice.Note.PULLED) {
      return new Turn(c, new Reply.Text(Pulled.note(s, c)));
    }
    if (c.whatIf() != null) {
      // "what if i ask for 215?" then "write that email": the ask just weighed, made the thread's ask and written.
      Conversation asking = c.withCounter(c.whatIf(), Cards.usable(c.offer(), s.region()));
      Turn written = drafts.email(s, asking, venue);
      return new Turn(written.conversation(), Notes.add(written.reply(), "Written with the ask you just weighed, "
          + "not the counter I'd plan: it is your ask now, so their answer is measured against it. Say \"back to "
          + "the full counter\" for mine."));
    }
    return drafts.email(s, c, venue);
  }

  /** "forget the Meta offer": the competing offer the message names goes; any other message as no rule matched. */
  private Turn dropCompeting(Talk t) {
    Competing competing = t.conversation().competing();
    String said = t.text().toLowerCase(java.util.Locale.ROOT);
    boolean named = competing != null && (competing.from() != null
        && said.contains(competing.from().toLowerCase(java.util.Locale.ROOT))
        || said.matches("(?s).*\\b(other|competing|second)\\b.*"));
    if (!named) {
      return conversational(t);
    }
    Scene s = t.scene().get();
    String note = "Dropped the competing offer" + (competing.from() == null ? "" : " from " + competing.from()) + " ("
        + Cards.money(competing.total(), competing.currency()) + " a year): the counter and the verdict now stand on "
        + "this offer and the band alone.";
    return cards.card(s, t.conversation().withCompeting(null), t.venue(), List.of(note), today());
  }

  /**
   * "is this fair for austin?": a place the guide has no band for is said plainly first; the answer that follows is
   * the thread's region's, never a figure for the other place.
   */
  /** "or is that weird?": asked of negotiating one part. */
  /** An acceptance asked for as a text to send: "draft my acceptance email", "write an email accepting". */
  private static final java.util.regex.Pattern ACCEPT_IN_WRITING = java.util.regex.Pattern.compile(
      "(?i)\\baccept(?:ance|ing)\\s+(?:email|e-mail|note|message|letter)\\b|\\b(?:email|e-mail|note|message)\\s+"
          + "(?:accepting|to\\s+accept)\\b");

  private static final java.util.regex.Pattern WEIRD = java.util.regex.Pattern.compile(
      "(?i)\\b(?:weird|weirdly|strange|odd|unusual)\\b");

  /** A part asked about as if it were odd to ask: said to be normal first, then the part's answer. */
  private static Turn notWeird(Talk t, Turn part) {
    return WEIRD.matcher(t.text()).find() && part.reply() instanceof Reply.Text text
        ? new Turn(part.conversation(), new Reply.Text("Not weird at all: every part of an offer is negotiable, and "
            + "recruiters expect to be asked about each. " + text.text()))
        : part;
  }

  /**
   * The candidate's silence told by the hiring side ("candidate ghosted after the offer", "she's gone quiet"), not the
   * company's own waiting ("let me check with the team").
   */
  private static final java.util.regex.Pattern CANDIDATE_SILENT = java.util.regex.Pattern.compile("(?i)\\b(?:ghost\\w*"
      + "|quiet|silen\\w*|heard|no\\s+(?:reply|response|answer|word|news)|not\\s+(?:replied|responded)"
      + "|has\\w*n['’]?t\\s+(?:replied|responded|gotten\\s+back|got\\s+back)|still\\s+waiting)\\b");

  private static final java.util.regex.Pattern ANSWER_IN = java.util.regex.Pattern.compile(
      "(?i)\\b(?:reply|replies|respond|answer|answers|talk|speak|chat|write back|explain)\\b(?!.*\\b(?:email|e-mail|"
          + "letter|note|message|draft)\\b)");

  /** "how much is too much to ask", "the max i could ask": the ask, then where too much begins, the band's tops. */
  private static final java.util.regex.Pattern TOO_MUCH = java.util.regex.Pattern.compile(
      "(?i)\\b(?:how much is too much|(?:the\\s+)?(?:max(?:imum)?|most|highest)\\s+i\\s+(?:can|could|should)\\s+ask"
          + "|without (?:being|seeming|looking) (?:weird|greedy))\\b");

  private static Handler tooMuch(Handler ask) {
    return t -> {
      Turn turn = ask.answer(t);
      if (t.scene().isEmpty() || !TOO_MUCH.matcher(t.text()).find()) {
        return turn;
      }
      com.compcoach.guide.Region r = t.scene().get().region();
      com.compcoach.guide.Bands b = r.bands();
      return new Turn(turn.conversation(), Notes.add(turn.reply(), "Too much starts past the " + r.shortName()
          + " band's tops: base " + Cards.money(b.base().high(), r.currency()) + ", stock "
          + Cards.money(b.stock().high(), r.currency()) + " a year, bonus " + Cards.money(b.bonus().high(),
          r.currency()) + ", " + Cards.money(b.total().high(), r.currency()) + " a year in all. Past them you "
          + "need a competing offer that pays it or a higher level; inside them, a precise ask is never too much."));
    };
  }

  private Handler elsewhere(Handler handler) {
    return t -> {
      Turn turn = handler.answer(t);
      if (t.scene().isEmpty() || !(turn.reply() instanceof Reply.Text text)) {
        return turn;
      }
      Scene s = t.scene().get();
      String place = OtherPlace.of(t.text(), catalog.get().regions(s.guide(), t.text()));
      return place == null ? turn
          : new Turn(turn.conversation(), new Reply.Text(OtherPlace.said(place, s) + "\n" + text.text()));
    };
  }

  /**
   * An answer standing on figures the same message gave ("they said the band is capped at 195") first says how they
   * were read, as a card's notes would: a figure is never taken in silence.
   */
  private static Handler saidHowRead(Handler handler) {
    return t -> {
      Turn turn = handler.answer(t);
      if (t.reading() == null || t.reading().remarks().isEmpty() || !(turn.reply() instanceof Reply.Text text)) {
        return turn;
      }
      return new Turn(turn.conversation(), new Reply.Text(String.join(" ", t.reading().remarks()) + "\n"
          + text.text()));
    };
  }

  /**
   * A question needs a role and region to answer with figures; before them it says so. With the role known, the
   * guide's places are offered: a place it doesn't cover ("our max for L5 in Denver?") has no band to guess from.
   */
  private Handler question(Question question) {
    return t -> t.scene().isPresent() ? question.answer(t.scene().get(), t.conversation(), t.venue())
        : roleAndRegion.guide(t.conversation()).map(g -> new Turn(t.conversation(), (Reply) RoleAndRegion.regionChoices(
            g, "I'll answer that once I know the region. The " + g.role().title() + " guide has bands only for these "
                + "places; for anywhere else it has none, so I won't guess one:")))
            .orElse(new Turn(t.conversation(), new Reply.Text("I'll answer that with figures once I know the role and "
                + "region. Tell me both, e.g. \"ml-ai-engineer charlotte\", then your offer.")));
  }

  private Turn conversational(Talk t) {
    return conversational.answer(t.conversation(), t.scene().get(), t.text(), t.reading(), t.venue());
  }

  /** "first or last", "before or after the number", "when should i bring it up": when to mention the other offer. */
  /** "will they match?", "any chance they beat it?": whether they'll match, which only asking them answers. */
  private static final java.util.regex.Pattern MATCH_ASKED = java.util.regex.Pattern.compile("(?i)\\b(?:match|beat)\\b");
  private static final java.util.regex.Pattern WHEN_TO_MENTION = java.util.regex.Pattern.compile("(?i)\\bfirst or last"
      + "\\b|\\blast or first\\b|\\b(?:before|after) (?:or (?:before|after) )?(?:the|my) (?:number|ask|figures?|counter)\\b"
      + "|\\bwhen (?:should|do|can) i (?:mention|bring|tell|say)|\\b(?:lead|open|start|end|close) with\\b"
      + "|\\bat the (?:start|end|beginning)\\b");

  /** "what if i ask for both", "why not both?": both parts just weighed, asked in one counter. */
  private static final java.util.regex.Pattern BOTH_ALONE = java.util.regex.Pattern.compile("(?i)^\\W*(?:(?:and|or|so"
      + "|ok|okay|then)\\W+)?(?:(?:what if|why not|what about|can|could|should)\\W+)?(?:i\\W+)?(?:ask for|push for"
      + "|go for|get|want)?\\W*both(?:\\W+of them)?(?:\\W+then)?\\W*$");

  /** Both parts asked in one counter: the thread's ask, with a sign-on from the guide's range where it gives one. */
  private Turn both(Scene s, Conversation c, Venue venue) {
    Counteroffer ask = cards.ask(s, c, venue, today());
    Offer offer = Cards.usable(c.offer(), s.region());
    String currency = s.region().currency();
    com.compcoach.guide.Range signOn = Topics.signOnRange(s.guide());
    List<String> asks = Cards.asks(offer, ask, currency);
    String text = "Yes: ask for both in one counter. One message naming several parts is normal; what wears on them "
        + "is many rounds of one ask each. Your ask: " + (asks.isEmpty() ? "their figures as offered" : Cards.join(asks))
        + " (" + new com.compcoach.guide.Money(ask.total(), currency).compact() + " a year)"
        + (ask.signOn() > 0 || signOn == null ? "." : ", and a sign-on from the guide's range ("
            + com.compcoach.guide.Money.compact(signOn, currency) + ").")
        + " If they can move on only one, take the part that comes every year over money paid once.";
    return new Turn(c, new Reply.Text(text));
  }

  /** "both more base and a sign-on": the two asks the counter makes, weighed together. */
  private static final java.util.regex.Pattern BASE_AND_SIGN_ON = java.util.regex.Pattern.compile(
      "(?i)\\b(?:base|salary)\\b.*\\b(?:sign[- ]?on|signing|joining)\\b|\\b(?:sign[- ]?on|signing|joining)\\b.*\\b(?:base|salary)\\b");

  private static final java.util.regex.Pattern ON_PAPER = java.util.regex.Pattern.compile("(?i)^(?!.*\\b(?:verbal"
      + "|wait|letter|written offer|before)).*\\b(?:get|have|put|keep)\\s+(?:\\w+\\s+){0,2}in writing\\b");

  /** A no they gave, told as done ("she said 'this is our best and final'", "they said no"), never asked as a what-if. */
  private static final java.util.regex.Pattern THEIR_NO = java.util.regex.Pattern.compile("(?i)^(?!.*(?:\\bwhat if\\b"
      + "|\\bif (?:they|she|he|it)\\b|\\bin case\\b|\\?)).*\\b(?:said|says|told me|came back|replied|answered|responded"
      + "|wrote)\\b");

  /** "they said no", "turned down my counter": a no said of the ask, not a first offer called final. */
  private static final java.util.regex.Pattern SAID_NO = java.util.regex.Pattern.compile("(?i)\\b(?:said no|says no"
      + "|told me no|turned (?:it |me |us )?down|turned down|rejected|declined)\\b");

  /**
   * Whether the message tells their no to the user's ask as done ("they said no to my ask of 195", "asked for 190 and
   * she said 'this is our best and final'"): the plan then starts from it. "they said the number is final" of a first
   * offer keeps "if they say no", as no ask of the user's was named.
   */
  private static boolean saidNoToAsk(Talk t) {
    return theirNo(t.text()) && (SAID_NO.matcher(t.text()).find()
        || t.reading() != null && !t.reading().asks().isEmpty());
  }

  /** Whether an if-no message tells their no as done rather than asking what if. */
  static boolean theirNo(String text) {
    return THEIR_NO.matcher(text).find();
  }

  /**
   * Their no to the ask said in the same message, told as done: the thread takes it as their answer, so "so do i just
   * take it?" next weighs the offer as answered (decide against the walk-away, push once on what's left), never
   * "counter once first" again. A what-if ("what if they say no?") leaves the thread as it was.
   */
  private static Turn heldFirm(Talk t, Turn turn) {
    Conversation c = turn.conversation();
    // Only an ask said in the same message ("asked for 190 and she said …") is known to be sent: the guide's counter on
    // the card may never have gone out, and a "best and final" to a first offer is still countered.
    return t.reading() == null || t.reading().asks().isEmpty() || c.counter() == null || c.offer() == null
        || !theirNo(t.text()) ? turn
        : new Turn(c.about(Conversation.Subject.NEXT_STEP, 0), turn.reply());
  }

  /** "and if they refuse to extend?": a no about the date, not about the counter. */
  /** "compare total over 4 years", "for each", "vs the other": the years weighed against the competing offer too. */
  private static final java.util.regex.Pattern AGAINST = java.util.regex.Pattern.compile("(?i)\\b(?:compare|"
      + "comparing|each|both|vs|versus|against|other|two|total over)\\b");

  private static final java.util.regex.Pattern ABOUT_THE_DATE = java.util.regex.Pattern.compile(
      "(?i)^(?!.*\\bcounter).*\\b(?:extend|extension|more time|deadline|the date|refuse|won't budge)\\b");

  /**
   * Whether the last answer was about their deadline or more time: "is that normal?" then asks about the deadline,
   * and "what if they refuse?" about the date, not the counter.
   */
  /** The one part a question about the ask names: "a good number for stock", "how much base should i ask". */
  private static final java.util.regex.Pattern PART_WORD = java.util.regex.Pattern.compile("(?i)\\b(?:(base|salary)"
      + "|(stock|rsus?|equity)|(bonus))\\b");

  /** The one part the message names, or null when it names none, two, or a sign-on or total beside it. */
  private static Component onePart(String text) {
    // "more shares or more base?" weighs two parts against each other: the whole counter, not one part.
    if (text.matches("(?is).*\\b(?:sign|signing|total|tc|counter|package|overall|all in|email|or|shares|options)\\b.*")) {
      return null;
    }
    java.util.regex.Matcher m = PART_WORD.matcher(text);
    Component found = null;
    while (m.find()) {
      Component part = m.group(1) != null ? Component.BASE : m.group(2) != null ? Component.STOCK : Component.BONUS;
      if (found != null && found != part) {
        return null;
      }
      found = part;
    }
    return found;
  }

  /** "which option", "which package": the packages named, not two offers. */
  private static final java.util.regex.Pattern PACKAGE_WORD = java.util.regex.Pattern.compile("(?i)\\b(?:option|package)\\b");

  /** A message of question marks alone: "?", "??". */
  private static final java.util.regex.Pattern ONLY_MARKS = java.util.regex.Pattern.compile("\\s*\\?+[\\s!]*");

  private static final java.util.regex.Pattern COUNTER_EMAIL = java.util.regex.Pattern.compile(
      "(?i)\\bcounter(?:offer)?\\s+(?:email|e-mail|mail|note|message|reply)\\b");

  private static boolean onTheClock(Talk t) {
    Voice.Note note = t.conversation().note();
    return note == Voice.Note.DEADLINE || note == Voice.Note.EXTENSION;
  }

  /**
   * "can you write the email and mention the other offer without naming the company": the counter email with every
   * competing offer's company left out, said so; the thread keeps the names.
   */
  private Turn unnamed(Scene s, Conversation c, Venue venue) {
    List<Competing> kept = c.others() == null ? List.of() : c.others().stream().map(Competing::unnamed).toList();
    Conversation anonymous = c.withCompeting(c.competing() == null ? null : c.competing().unnamed(), kept);
    Turn written = email(s, anonymous, venue);
    String note = c.competing() == null
        ? "There's no competing offer on record, so the email names none: tell me its figures if you hold one."
        : "The email names no company: \"another offer\" with its figure is enough, and true. If they ask who, "
            + "\"I'd rather keep that private\" is a normal answer.";
    return new Turn(written.conversation().withCompeting(c.competing(), c.others() == null ? List.of() : c.others()),
        Notes.add(written.reply(), note));
  }

  /**
   * "can we close her without going above 210 base?" on the company's side: the cap weighed and never stored; on the
   * candidate's side, or with no one base figure, the message is read as any other.
   */
  private Turn capped(Talk t) {
    List<Figure> bases = t.reading().figures().stream().filter(f -> f.component() == Component.BASE && !f.percent())
        .toList();
    if (t.scene().isEmpty() || !t.conversation().companySide() || bases.size() != 1) {
      return handlers.get(Intent.Other.class).answer(t);
    }
    // "210 base" in a thread of figures in thousands is $210K, as the offer's own figures are read.
    long cap = bases.get(0).amount() < 1_000 ? bases.get(0).amount() * 1_000 : bases.get(0).amount();
    return company.capped(t.scene().get(), t.conversation(), cap, t.venue());
  }

  /**
   * "they want an answer by friday, can i ask for more time?": the date in the same message is kept first, so the
   * note asks for days past it, never for the deadline itself.
   */
  private Turn extension(Talk t) {
    Turn typed = deadlines.typed(t.conversation(), t.text(), today(),
        t.scene().map(s -> TheirCompany.names(s.guide())).orElse(List.of()));
    Conversation c = typed == null ? t.conversation() : typed.conversation();
    return new Turn(c.withNote(Voice.Note.EXTENSION), ready.extension(t.scene().get(), c, today()));
  }

  /** A typed deadline is kept and reminders offered; a message without a date is answered as any other. */
  private Turn deadline(Talk t) {
    Turn typed = deadlines.typed(t.conversation(), t.text(), today(),
        t.scene().map(s -> TheirCompany.names(s.guide())).orElse(List.of()));
    if (typed != null) {
      return new Turn(typed.conversation().withNote(Voice.Note.DEADLINE), typed.reply());
    }
    // No date read: figures are read as ever; a question about the deadline gets how to handle one.
    return t.reading().hasNews() || t.scene().isEmpty() ? handlers.get(Intent.Other.class).answer(t)
        : new Turn(t.conversation().withNote(Voice.Note.DEADLINE), new Reply.Text(DeadlineTalk.undated(
            ((Intent.Deadline) t.intent()).howLong())));
  }

  /** "I already accepted 180k base": the figures said back as the offer accepted, then what reopening costs. */
  private Turn afterAccepting(Talk t) {
    if (t.conversation().companySide()) {
      // "should we re-open the req or go back to him?" after a yes that didn't hold: the company's choices, never the
      // candidate's advice on reopening their own figures.
      return new Turn(t.conversation(), new Reply.Text(noted(t, "Noted the offer accepted: ")
          + Conduct.AFTER_HER_YES_REOPENED));
    }
    return new Turn(t.conversation().withNote(Voice.Note.REOPEN), new Reply.Text(noted(t,
        "Noted the offer you accepted: ") + Conduct.AFTER_ACCEPTING));
  }

  /** The offer said back when the message gave its figures and the answer that follows holds none; else nothing. */
  private static String noted(Talk t, String opening) {
    Offer offer = t.conversation().offer();
    return !t.reading().figures().isEmpty() && offer != null && !offer.isEmpty()
        ? opening + TextRenderer.offer(offer, offer.currency()) + ". " : "";
  }

  private static String raiseNorm(Talk t) {
    // The guides hold market pay for a role, not yearly raise norms: no figure to weigh the raise against, so none.
    String role = t.scene().map(s -> "the " + s.guide().role().title() + " guide holds market pay for the role, not "
        + "yearly raises,").orElse("the guides hold market pay for roles, not yearly raises,");
    return "That's about a raise where you work now, which I can't weigh: " + role + " so I have no figure to set it "
        + "against, and I won't guess one. Nothing here changed. If staying is on your mind, tell me what you make "
        + "today (\"I make 150k base + 8% bonus now\") and I'll set their offer against it; \"how do I ask for a raise "
        + "at my current job?\" gets how to ask for one.";
  }

  /** The thread forgotten for a fresh start, its reminders still in Slack handed on as cancelled. */
  static Conversation forgotten(Conversation c) {
    // Handed on, so the Slack side deletes them rather than losing them.
    Reminders r = c.remindersOrNone();
    return r.inSlack().isEmpty() ? Conversation.EMPTY : Conversation.EMPTY.withReminders(r.cancelled());
  }

  private static Turn startOver(Conversation c, Optional<Scene> scene) {
    Conversation empty = forgotten(c);
    if (scene.isEmpty()) {
      return new Turn(empty, new Reply.Text("Starting over: I've forgotten the role, region and "
          + "figures of this thread. Tell me a role and a region, e.g. \"ml-ai-engineer charlotte\"."));
    }
    // The thread was opened for a role and a place: a fresh start is a fresh offer, so those stay and are said, or
    // the next offer would be asked for them again.
    Scene s = scene.get();
    return new Turn(empty.withGuide(c.company(), c.role(), c.region()), new Reply.Text("Starting over: I've "
        + "forgotten the figures of this thread (the offer, your ask, any walk-away or other offer). Still "
        + s.guide().role().title() + " in " + s.region().shortName() + ": send their offer (\"180k base, 10% bonus, "
        + "40k rsu a year\"), or a role and a region to change them (\"ml-ai-engineer charlotte\")."));
  }

  /** The candidate's own yes, already given ("thanks, signed!"), not theirs. */
  // "they agreed to 205k base …, just signed it": the signing is the user's own, whatever "they" did before it.
  private static final java.util.regex.Pattern SIGNED = java.util.regex.Pattern.compile(
      "(?i)^(?!.*\\bthey\\b).*\\b(?:signed|accepted|took (?:it|the offer))\\b"
          + "|\\b(?:i|i've|i have|i just|just|already)\\s+(?:signed|accepted)\\b(?!\\s+off\\b)"
          + "|(?<!\\bthey )\\b(?:signed|accepted) (?:it|the (?:offer|letter))\\b"
          // "…15k signing. accepting!", "signing tomorrow!": the user's yes said as what they are doing, not a question.
          + "|(?:^|[.!,;]\\s*)(?:ok\\s+|so\\s+)?(?:i'm\\s+|im\\s+|i am\\s+)?accepting(?:\\s+it)?\\s*(?:[.!]|$)(?![^?]*\\?)"
          + "|\\bsigning (?:it )?(?:tomorrow|today|tonight|on monday|monday)\\b(?![^?]*\\?)");

  /** Whether the user says they signed or accepted: the thread is done, and nothing in it is countered again. */
  static boolean saysSigned(String text) {
    return SIGNED.matcher(text).find();
  }

  /**
   * The one base figure a message names beside a question ("max base for the level is 190, is that right?"), a year's
   * amount; null when it names none, or more than one.
   */
  private static Long namedBase(Talk t) {
    if (t.reading() == null || t.scene().isEmpty()) {
      return null;
    }
    List<Long> bases = new java.util.ArrayList<>(t.reading().figures().stream()
        .filter(f -> f.component() == Component.BASE && !f.percent())
        .map(f -> f.amount() < 1_000 ? f.amount() * 1_000 : f.amount()).toList());
    for (String loose : t.reading().loose()) {
      Placing.Placed placed = Placing.place(loose, t.scene().get().region());
      if (placed != null) {
        bases.add(placed.value());
      }
    }
    return bases.size() == 1 ? bases.get(0) : null;
  }

  /** A message naming an offer, so "should i mention it" is about one and not about pay today. */
  private static final java.util.regex.Pattern OFFER_WORD = java.util.regex.Pattern.compile("(?i)\\boffers?\\b");

  /** Asking what follows a yes: "what are the next steps?", "what now?". */
  private static final java.util.regex.Pattern NEXT_STEPS = java.util.regex.Pattern.compile(
      "(?i)\\b(?:next steps?|what now|now what|what next|what do i do now|what happens now)\\b");

  /** The answer with the note it offers to follow, so "shorter" right after it shortens that note. */
  private static Turn noting(Turn answered, Voice.Note note) {
    return new Turn(answered.conversation().withNote(note), answered.reply());
  }

  /**
   * Whether the offer now stands short of the standing ask by more than a sixth of the gap it was countered across
   * and by more than 2.5% of the year's pay asked: "they agreed to 190" after an ask of 200 (from 180) is their move,
   * still to be split once, not a yes to the ask; "they agreed to 205" after 210 (from 185) is a yes: a small gap
   * makes a sixth of it a few hundred dollars, and haggling over that after their yes costs more than it gains.
   */
  static boolean shortOfTheAsk(Conversation c) {
    Counteroffer ask = c.counter();
    Long now = c.offer() == null ? null : c.offer().recurringTotal();
    Long before = c.countered() == null ? null : c.countered().recurringTotal();
    return ask != null && now != null && before != null && now < ask.total()
        && (ask.total() - now) * 6 > ask.total() - before && (ask.total() - now) * 40 > ask.total();
  }

  private static Turn agreed(Talk t) {
    Conversation c = t.conversation();
    String text = t.text();
    if (c.companySide()) {
      // "she accepted!", "she accepted! what are the next steps?" from the hiring side: closing the hire with the offer
      // on record, never a candidate's congratulations on a new role.
      Offer offer = c.offer();
      // "offer accepted at 182, closing this out": the yes names the base agreed, which becomes the offer on record.
      Long at = t.scene().isPresent() && offer != null && offer.base() != null
          ? AcceptedAt.base(text, t.scene().get().region()) : null;
      if (at != null && !at.equals(offer.base())) {
        Offer agreed = offer.with(Component.BASE, at);
        return new Turn(c.withOffer(agreed).withNote(Voice.Note.SIGNED), new Reply.Text(AcceptedAt.said(offer, at)
            + " " + Conduct.afterHerYes(TextRenderer.offer(agreed, agreed.currency()))));
      }
      return new Turn(c.withNote(Voice.Note.SIGNED), new Reply.Text(offer == null || offer.isEmpty()
          ? Conduct.AFTER_HER_YES : Conduct.afterHerYes(TextRenderer.offer(offer, offer.currency()))));
    }
    if (saysSigned(text)) {
      // The thread is done: no more asks, only what to keep from it; figures given with the yes are said back.
      // "she accepted! what are the next steps?": the steps after a yes, in the same reply.
      return new Turn(c.withNote(Voice.Note.SIGNED), new Reply.Text("Congratulations on the new role! "
          + noted(t, "The offer you accepted: ") + (NEXT_STEPS.matcher(text).find() ? Conduct.AFTER_SIGNING
          : "Keep the signed letter with every figure "
          + "in it (base, stock with its vesting schedule, bonus, sign-on and start date), and check your first "
          + "payslip against it. If anything in writing differs from what you agreed, raise it now, politely. Good "
          + "luck, and come back when it's time for your first review.")));
    }
    // "I asked for 158 and they said yes", "they said yes!!" after the ask: the ask is their offer now, said back.
    Offer yes = YesToTheAsk.agreed(t);
    if (yes != null) {
      return YesToTheAsk.turn(c, yes, text);
    }
    if (YesToTheAsk.partly(text) && YesToTheAsk.refused(text).isEmpty()) {
      // "they agreed but not to everything": which parts they said yes to is not said, so it is asked, never guessed.
      return new Turn(c, new Reply.Text("Which parts did they say yes to, and which no? Tell me with their words (\"yes "
          + "to 200k base, no to the sign-on\") and I'll keep what they agreed to as their offer."));
    }
    if (YesToTheAsk.said(text) && t.reading() != null && (!t.reading().asks().isEmpty()
        || t.reading().remarks().stream().anyMatch(r -> r.startsWith(OwnAsks.SENT_ASK_REMARK)))) {
      // Their yes to an ask this reader could not place on one part: asked, never a yes to figures it guessed.
      return new Turn(c, new Reply.Text("Congratulations! Tell me what they said yes to with its word (\"158k base\") "
          + "and I'll keep it as their offer. Then ask for the final figures in writing before you sign."));
    }
    // "they accepted 185 base!!": the figures they agreed to, read first, said back as the offer now stands.
    String agreedTo = t.reading() != null && t.reading().hasNews() && c.offer() != null && t.scene().isPresent()
        ? " The offer now: " + TextRenderer.offer(c.offer(), t.scene().get().region().currency()) + "." : "";
    return new Turn(c, new Reply.Text("Congratulations!" + agreedTo + " Ask for the final figures in writing (base, "
        + "stock with its vesting schedule, bonus, sign-on and start date) and read them against your counter before "
        + "you sign."));
  }

  /**
   * "they want an answer on the call tomorrow, help me prepare": the call script, with a date the message gives kept
   * as the thread's deadline, said first.
   */
  private Turn call(Talk t) {
    Turn typed = t.scene().isPresent() ? deadlines.typed(t.conversation(), t.text(), today()) : null;
    Conversation c = typed == null ? t.conversation() : typed.conversation();
    Turn call = question(drafts::call).answer(new Talk(c, t.scene(), t.intent(), t.text(), t.reading(), t.venue()));
    if (typed == null || !(call.reply() instanceof Reply.Draft d) || !(typed.reply() instanceof Reply.Text said)) {
      return call;
    }
    List<String> notes = new java.util.ArrayList<>();
    notes.add(said.text());
    notes.addAll(d.notes());
    return new Turn(call.conversation(), new Reply.Draft(d.kind(), d.title(), d.body(), notes));
  }

  /**
   * "my manager offered to match the base, so 200 if i stay": the figures this message read are the counter to stay,
   * named so; "my manager offered to match" with none is kept as a note, so "stay or go?" weighs the match, not today.
   */
  private Turn stayOffer(Talk t) {
    Conversation c = StayOffer.named(t.conversation(), t.reading());
    boolean figures = c.competing() != null && StayOffer.NAME.equals(c.competing().from())
        && t.reading() != null && !t.reading().figures().isEmpty();
    Conversation next = namedBase(t) == null && !figures && StayOffer.MATCH.matcher(t.text()).find()
        ? c.withNote(Voice.Note.STAY_MATCH) : c;
    return new Turn(next, new Reply.Text(c.companySide() ? StayOffer.answerForUs(t.scene().get(), c, namedBase(t))
        : StayOffer.answer(t.scene().get(), c, namedBase(t))));
  }

  private static Turn thanks(Conversation c) {
    // After "I took another job" there is no answer to wait for: the thread ends kindly, no further coaching.
    if (c.note() == Voice.Note.DECLINED) {
      return new Turn(c, new Reply.Text(c.companySide() ? "Glad I could help. Good luck with the search, and come "
          + "back when you make the next offer." : "Glad I could help. Good luck in the new role, and come back any "
          + "time you negotiate again."));
    }
    return new Turn(c, new Reply.Text("Glad to help. When they answer, tell me here, e.g. \"they came back with "
        + "190k base\", and I'll tell you whether to accept or what to ask next."));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
