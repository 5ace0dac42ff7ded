package com.compcoach.coach;

import com.compcoach.guide.Component;
import com.compcoach.guide.Guide;
import com.compcoach.guide.GuideCatalog;
import com.compcoach.guide.Lever;
import com.compcoach.guide.Lookup;
import com.compcoach.guide.Region;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The coaching engine's front door: {@code /comp} text, each thread message, the offer form and the card's buttons
 * go in; the next conversation state and a {@link Reply} come out. Pure: no I/O, thread-safe, one per process.
 */
public final class Coach {

  private static final Pattern HELP = Pattern.compile(
      "^(help|\\?|usage|what can you do|how does this work)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern COMPARE = Pattern.compile("^\\s*compare\\b\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern REGION_ASK = Pattern.compile(
      "^(?:(?:what|how)\\s+about|and\\s+in|what\\s+if\\s+(?:it(?:'s| is| were)\\s+)?in|switch\\s+to)\\s+(.+?)[?.!]*$",
      Pattern.CASE_INSENSITIVE);
  /**
   * How much of a message is read: every reader here is linear, but a pasted page should not cost a request's
   * budget, and nobody's offer needs more than this. The reply says when the rest was left unread.
   */
  static final int READ_LIMIT = 4_000;

  private final Supplier<GuideCatalog> catalog;
  private final Clock clock;
  private final OfferReader reader = new OfferReader();
  private final OfferUpdate update = new OfferUpdate();
  private final Cards cards = new Cards();
  private final NextSteps nextSteps = new NextSteps();
  private final Explanations explanations = new Explanations();
  private final LeverWording wording = new LeverWording();
  private final Positions positions = new Positions();
  private final OfferForms forms = new OfferForms();
  private final IntentTable intents = new IntentTable();
  private final Answers answers = new Answers();
  private final LetterIntake letters = new LetterIntake();
  private final ReadyToSend ready = new ReadyToSend();
  private final DeadlineTalk deadlines = new DeadlineTalk();
  private final PracticeSession practice = new PracticeSession();
  /** One small method per intent, found by the intent's type: the table's rules pick the intent, this its answer. */
  private final Map<Class<? extends Intent>, Handler> handlers;

  public Coach(Supplier<GuideCatalog> catalog, Clock clock) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.handlers = handlers();
  }

  private Map<Class<? extends Intent>, Handler> handlers() {
    return Map.ofEntries(
      Map.entry(Intent.StartOver.class, t -> startOver(t.conversation())),
      Map.entry(Intent.Help.class, t -> new Turn(t.conversation(), new Reply.Text(Usage.TEXT))),
      Map.entry(Intent.Why.class, t -> new Turn(t.conversation(), explanations.why(t.scene(), t.conversation(),
          t.venue()))),
      Map.entry(Intent.OneLever.class, started(t -> lever(t.conversation(), t.scene().get(),
          ((Intent.OneLever) t.intent()).number()))),
      Map.entry(Intent.Levers.class, started(t -> levers(t.conversation(), t.venue()))),
      Map.entry(Intent.Bands.class, started(t -> bands(t.conversation(), t.venue()))),
      Map.entry(Intent.Compare.class, started(t -> comparison(t.conversation(), t.scene().get(),
          catalog.get().regions(t.scene().get().guide(), t.text()), t.venue()))),
      Map.entry(Intent.BaseFixed.class, question(answers::baseFixed)),
      Map.entry(Intent.TopOfBand.class, question(answers::topOfBand)),
      Map.entry(Intent.IfNo.class, question(answers::ifNo)),
      Map.entry(Intent.Years.class, question(this::years)),
      Map.entry(Intent.Email.class, question(this::email)),
      Map.entry(Intent.Call.class, question(this::call)),
      Map.entry(Intent.Extension.class, started(t -> new Turn(t.conversation(),
          ready.extension(t.scene().get(), t.conversation(), today())))),
      Map.entry(Intent.Deadline.class, this::deadline),
      Map.entry(Intent.Remind.class, t -> deadlines.remind(t.conversation(), today())),
      Map.entry(Intent.CancelReminders.class, t -> deadlines.cancel(t.conversation())),
      Map.entry(Intent.Leverage.class, question(answers::leverage)),
      Map.entry(Intent.AskAim.class, question(answers::askAim)),
      Map.entry(Intent.Accept.class, question(answers::accept)),
      Map.entry(Intent.OtherOffer.class, question(answers::otherOffer)),
      Map.entry(Intent.Agreed.class, started(t -> agreed(t.conversation()))),
      Map.entry(Intent.Thanks.class, started(t -> thanks(t.conversation()))),
      Map.entry(Intent.EquityValue.class, t -> new Turn(t.conversation(), new Reply.Text(Answers.EQUITY_VALUE))),
      Map.entry(Intent.TheirRange.class, started(t -> answers.theirRange(t.scene().get(), t.conversation(),
          t.text(), t.venue()))),
      Map.entry(Intent.Clawback.class, started(t -> new Turn(t.conversation(), new Reply.Text(
          SideQuestions.clawback(t.conversation(), t.text(), t.scene().get().region()))))),
      Map.entry(Intent.Relocation.class, t -> new Turn(t.conversation(), new Reply.Text(SideQuestions.relocation(t.scene())))),
      Map.entry(Intent.PeerPay.class, t -> new Turn(t.conversation(), new Reply.Text(SideQuestions.PEER_PAY))),
      Map.entry(Intent.OtherProcess.class,
          t -> new Turn(t.conversation(), new Reply.Text(Answers.OTHER_PROCESS))),
      Map.entry(Intent.PracticeStart.class, t -> t.scene().isPresent()
          ? practice.start(t.scene().get(), t.conversation())
          : new Turn(t.conversation(), new Reply.Text("Pick a role and a region first, e.g. \"ml-ai-engineer "
              + "charlotte\", then say \"practice\" and I'll play the recruiter."))),
      Map.entry(Intent.PracticeStop.class, t -> practice.stop(t.conversation())),
      Map.entry(Intent.Realistic.class, started(t -> answers.realistic(t.scene().get(), t.conversation(),
          t.reading(), t.text(), t.venue()))),
      Map.entry(Intent.Subject.class, started(t -> answers.topic(((Intent.Subject) t.intent()).topic(),
          t.scene().get(), t.conversation()))),
      Map.entry(Intent.Rescind.class, t -> new Turn(t.conversation(), new Reply.Text(SideQuestions.rescind(
          t.conversation())))),
      Map.entry(Intent.CurrentPay.class, question(answers::currentPay)),
      Map.entry(Intent.WalkAwayAdvice.class, question(answers::walkAwayAdvice)),
      Map.entry(Intent.MentionOffer.class, question(answers::mentionOffer)),
      Map.entry(Intent.Decided.class, question(answers::decided)),
      Map.entry(Intent.NeverMind.class, started(t -> answers.neverMind(t.scene().get(), t.conversation(),
          t.venue()))),
      Map.entry(Intent.Law.class, t -> new Turn(t.conversation(), new Reply.Text(Conduct.LAW))),
      Map.entry(Intent.AfterAccepting.class, this::afterAccepting),
      Map.entry(Intent.Verbal.class, t -> new Turn(t.conversation(), new Reply.Text(noted(t, "Noted their offer: ")
          + Conduct.VERBAL))),
      Map.entry(Intent.Tone.class, t -> t.scene().isPresent() ? answers.tone(t.scene().get(), t.conversation(),
          t.venue()) : new Turn(t.conversation(), new Reply.Text(Conduct.tone(null)))),
      Map.entry(Intent.Pressure.class, t -> new Turn(t.conversation(), new Reply.Text(Conduct.pressure(
          t.conversation(), today())))),
      Map.entry(Intent.FollowUp.class, t -> new Turn(t.conversation(), new Reply.Text(Conduct.followUp(
          t.conversation(), today())))),
      Map.entry(Intent.Shorter.class, question(this::shortEmail)),
      Map.entry(Intent.Priority.class, question(answers::priority)),
      Map.entry(Intent.Negotiate.class, question(answers::negotiate)),
      Map.entry(Intent.Feelings.class, question(answers::feelings)),
      Map.entry(Intent.Other.class, started(this::conversational)));
  }

  /** {@code /comp <text>}: help, a role and region (with an offer), or "compare role region region…". */
  public Turn open(String commandText, Venue venue) {
    String whole = commandText == null ? "" : commandText.trim();
    String text = whole.substring(0, readable(whole));
    if (text.isEmpty() || HELP.matcher(text).find()) {
      return new Turn(Conversation.EMPTY, new Reply.Text(Usage.TEXT));
    }
    Matcher compare = COMPARE.matcher(text);
    Turn turn = compare.find() ? openComparison(text.substring(compare.end()), venue)
        : lookUp(Conversation.EMPTY, text, venue);
    return text.length() < whole.length() ? unread(turn, text.length()) : turn;
  }

  /** How much of a message is read: all of it up to {@link #READ_LIMIT}, never half a surrogate pair. */
  private static int readable(String text) {
    if (text.length() <= READ_LIMIT) {
      return text.length();
    }
    return Character.isHighSurrogate(text.charAt(READ_LIMIT - 1)) ? READ_LIMIT - 1 : READ_LIMIT;
  }

  private static Turn unread(Turn turn, int read) {
    return new Turn(turn.conversation(), Notes.add(turn.reply(), "I read the first " + String.format(Locale.ROOT, "%,d", read)
        + " characters of that message; send the rest separately if it matters."));
  }

  /**
   * One message in the thread, with the conversation as it stood before it. Once there is an offer a thread reply is
   * concise ({@link Reply.Advice}); the full card comes when asked for ("bands").
   */
  public Turn reply(Conversation conversation, String message, Venue venue) {
    Conversation c = conversation == null ? Conversation.EMPTY : conversation;
    String text = message == null ? "" : message.trim();
    if (text.isEmpty()) {
      return new Turn(c, new Reply.Text(Usage.NUDGE));
    }
    String read = text.substring(0, readable(text));
    IntentTable.Match match = intents.match(theirOfferAsIt(read, guide(c).map(Coach::home).orElse(List.of())));
    Optional<Scene> practising = c.practice() == null ? Optional.empty() : scene(c);
    // While practising, a message is an answer to the recruiter: its figures are practice, never the offer. Only
    // "stop practice" and "start over" leave the role-play.
    if (practising.isPresent() && !(match.intent() instanceof Intent.StartOver
        || match.intent() instanceof Intent.PracticeStop)) {
      Turn answered = practice.answer(practising.get(), c, read);
      return read.length() < text.length() ? unread(answered, read.length()) : answered;
    }
    Turn several = several(c, read, venue);
    Turn turn = several != null ? several : route(c, read, match, venue);
    if (read.length() < text.length()) {
      turn = unread(turn, read.length());
    }
    return match.intent() instanceof Intent.Bands ? turn : Cards.inThread(c, turn);
  }

  /**
   * A message that asks several questions ("is 15% bonus normal and should I push on base or stock?"): each answered
   * in turn, in one reply. Null when it asks one thing, or when any part is not a question with a written answer
   * (figures, a command, a card): then the whole message goes the usual way.
   */
  private Turn several(Conversation c, String text, Venue venue) {
    List<String> questions = Questions.split(text);
    if (questions.size() < 2 || c.pending() != null) {
      return null;
    }
    List<IntentTable.Match> matches = questions.stream().map(intents::match).toList();
    if (matches.stream().anyMatch(m -> !ANSWERS_ALONE.contains(m.intent().getClass()))
        || matches.stream().map(IntentTable.Match::intent).distinct().count() < matches.size()) {
      return null;
    }
    Conversation now = c;
    List<String> answers = new ArrayList<>();
    boolean topic = false;
    for (int i = 0; i < questions.size(); i++) {
      Intent intent = matches.get(i).intent();
      // "is the sign-on negotiable and how much should I ask for?": the topic's answer gives its own figure.
      if (topic && intent instanceof Intent.AskAim) {
        continue;
      }
      topic |= intent instanceof Intent.Subject;
      Turn turn = route(now, questions.get(i), matches.get(i), venue);
      if (!(turn.reply() instanceof Reply.Text answered)) {
        return null;
      }
      answers.add(answered.text());
      now = turn.conversation();
    }
    return new Turn(now, new Reply.Text(String.join("\n\n", answers)));
  }

  /** Answers that hold no figure, given beside a question about a figure in the same message. */
  private static final Set<Class<? extends Intent>> ANSWERED_BESIDE_A_DOUBT = Set.of(Intent.Verbal.class,
      Intent.AfterAccepting.class, Intent.TopOfBand.class);

  /** The intents answered in words alone, which several questions in one message can share a reply between. */
  private static final Set<Class<? extends Intent>> ANSWERS_ALONE = Set.of(Intent.Realistic.class,
      Intent.Subject.class, Intent.AskAim.class, Intent.Accept.class, Intent.IfNo.class, Intent.Leverage.class,
      Intent.Rescind.class, Intent.CurrentPay.class, Intent.WalkAwayAdvice.class, Intent.MentionOffer.class,
      Intent.EquityValue.class, Intent.Relocation.class, Intent.PeerPay.class, Intent.Clawback.class,
      Intent.OtherProcess.class, Intent.Law.class, Intent.Priority.class, Intent.Negotiate.class, Intent.Verbal.class,
      Intent.Tone.class, Intent.Pressure.class, Intent.FollowUp.class, Intent.BaseFixed.class, Intent.TopOfBand.class,
      Intent.TheirRange.class, Intent.Feelings.class);

  /** The "Bands" button and "bands" in a thread: the full card for the thread's role, region and figures. */
  public Turn bands(Conversation conversation, Venue venue) {
    Conversation c = conversation == null ? Conversation.EMPTY : conversation;
    Optional<Scene> scene = scene(c);
    if (scene.isEmpty()) {
      return new Turn(c, new Reply.Text("Pick a role and a region first, e.g. \"ml-ai-engineer charlotte\"."));
    }
    return Cards.standing(cards.card(scene.get(), c, venue, List.of(), today()), c);
  }

  /** The intent table picks what the message asks for; figures in it count as its rule says; one method answers. */
  private Turn route(Conversation asked, String text, IntentTable.Match match, Venue venue) {
    // A figure asked about waits one message for its word ("yes", "base"); any other message lets it go.
    Conversation c = asked.pending() == null ? asked : asked.withPending(null);
    Optional<Scene> scene = scene(c);
    // A pasted letter holds words the table would take ("email us", "call"); its figures are what it says.
    if (!(match.intent() instanceof Intent.StartOver || match.intent() instanceof Intent.Help
        || match.intent() instanceof Intent.Why)) {
      Optional<LetterIntake.Read> letter = letters.read(text, today());
      if (letter.isPresent()) {
        return deadlines.afterLetter(c, letter(c, scene, letter.get(), venue), today());
      }
    }
    if (asked.pending() != null && scene.isPresent()) {
      Turn completed = completed(c, scene.get(), asked.pending(), text, venue);
      if (completed != null) {
        return completed;
      }
    }
    Reading read = scene.map(s -> reader.read(text, home(s.guide()))).orElse(Reading.NOTHING);
    Reading reading = asked.pending() == null || scene.isEmpty() ? read
        : Placing.goneOn(read, asked.pending(), scene.get().region());
    Conversation now = c;
    if (scene.isPresent() && reading.hasNews() && match.figures() != IntentTable.Figures.IGNORE) {
      if (match.figures() == IntentTable.Figures.WIN) {
        return figures(c, scene.get(), reading, venue);
      }
      OfferUpdate.Outcome outcome = update.apply(c, scene.get().region(), reading, venue);
      boolean aside = match.figures() == IntentTable.Figures.ASIDE;
      if (outcome instanceof OfferUpdate.Doubt doubt) {
        if (ANSWERED_BESIDE_A_DOUBT.contains(match.intent().getClass())
            && handlers.get(match.intent().getClass()).answer(new Talk(c, scene, match.intent(), text, reading, venue))
                .reply() instanceof Reply.Text answered) {
          // "a verbal offer, 230 base: should I wait for the written one?", "they say 205 base is the top of the band":
          // the answer stands without the figure, so it is given with the question about the figure, not instead of it.
          Turn doubted = doubted(c, doubt);
          return new Turn(doubted.conversation(), new Reply.Question(answered.text() + "\n\n" + doubt.question()));
        }
        if (!aside) {
          return doubted(c, doubt);
        }
      } else if (aside) {
        return figures(c, scene.get(), reading, venue);
      } else {
        now = ((OfferUpdate.Applied) outcome).conversation();
      }
    }
    if (scene.isPresent() && match.intent() instanceof Intent.Thanks && !reading.unclear().isEmpty()
        && !reading.hasNews()) {
      // "ok what if i ask for 10k more sign on": figures that need a question are asked, as they would be alone.
      return new Turn(c, new Reply.Question(reading.unclear().get(0)));
    }
    if (scene.isPresent() && (match.figures() == IntentTable.Figures.WIN
        || match.figures() == IntentTable.Figures.ASIDE) && !reading.loose().isEmpty()
        && !reading.hasNews() && !(match.intent() instanceof Intent.Other)
        && !restatesTheOffer(reading.loose().get(0), c.offer())) {
      // "so 190. should I push again or take it": a question about a figure with no word answers nothing until the
      // figure is placed, or it would be weighed without the figure, in silence.
      String figure = reading.loose().get(0);
      return new Turn(c.withPending(figure), new Reply.Question(Placing.question(figure, scene.get().region(),
          c.offer())));
    }
    return handlers.get(match.intent().getClass()).answer(new Talk(now, scene, match.intent(), text, reading, venue));
  }

  /**
   * Whether a figure with no word is one the offer already holds ("i'll just sign at 190" with a base of $190K): said
   * again, it places nothing new, so the message is answered as it asks.
   */
  private static boolean restatesTheOffer(String loose, Offer offer) {
    if (offer == null || !loose.matches("\\$?\\d{2,3}(?:[.,]\\d{3})*[kK]?")) {
      return false;
    }
    long value = Long.parseLong(loose.replaceAll("[^0-9]", ""));
    long yearly = value < 1_000 ? value * 1_000 : value;
    for (Component part : Component.values()) {
      Long held = part == Component.TOTAL ? offer.recurringTotal() : offer.of(part);
      if (held != null && held == yearly) {
        return true;
      }
    }
    return false;
  }

  /** What an intent's method gets: the message in its context. */
  private record Talk(Conversation conversation, Optional<Scene> scene, Intent intent, String text, Reading reading,
                      Venue venue) {}

  /** One intent's answer. */
  @FunctionalInterface
  private interface Handler {
    Turn answer(Talk talk);
  }

  /** A question about the conversation's figures. */
  @FunctionalInterface
  private interface Question {
    Turn answer(Scene scene, Conversation conversation, Venue venue);
  }

  /** Answers once a role and region are chosen; before that the message is read as a role and region. */
  private Handler started(Handler handler) {
    return t -> t.scene().isEmpty() ? unstarted(t.conversation(), t.text(), t.venue()) : handler.answer(t);
  }

  /** A question needs a role and region to answer with figures; before them it says so. */
  private Handler question(Question question) {
    return t -> t.scene().isPresent() ? question.answer(t.scene().get(), t.conversation(), t.venue())
        : new Turn(t.conversation(), new Reply.Text("I'll answer that with figures once I know the role and region. "
            + "Tell me both, e.g. \"ml-ai-engineer charlotte\", then your offer."));
  }

  /** A typed deadline is kept and reminders offered; a message without a date is answered as any other. */
  private Turn deadline(Talk t) {
    Turn typed = deadlines.typed(t.conversation(), t.text(), today());
    if (typed != null) {
      return typed;
    }
    // No date read: figures are read as ever; a question about the deadline gets how to handle one.
    return t.reading().hasNews() || t.scene().isEmpty() ? handlers.get(Intent.Other.class).answer(t)
        : new Turn(t.conversation(), new Reply.Text(DeadlineTalk.UNDATED));
  }

  /** "I already accepted 180k base": the figures said back as the offer accepted, then what reopening costs. */
  private Turn afterAccepting(Talk t) {
    return new Turn(t.conversation(), new Reply.Text(noted(t, "Noted the offer you accepted: ")
        + Conduct.AFTER_ACCEPTING));
  }

  /** The offer said back when the message gave its figures and the answer that follows holds none; else nothing. */
  private static String noted(Talk t, String opening) {
    Offer offer = t.conversation().offer();
    return t.reading().hasNews() && offer != null && !offer.isEmpty()
        ? opening + TextRenderer.offer(offer, offer.currency()) + ". " : "";
  }

  private static Turn startOver(Conversation c) {
    // Reminders still in Slack are handed on as cancelled, so the Slack side deletes them rather than losing them.
    Reminders r = c.remindersOrNone();
    Conversation empty = r.inSlack().isEmpty() ? Conversation.EMPTY
        : Conversation.EMPTY.withReminders(r.cancelled());
    return new Turn(empty, new Reply.Text("Starting over: I've forgotten the role, region and "
        + "figures of this thread. Tell me a role and a region, e.g. \"ml-ai-engineer charlotte\"."));
  }

  private static Turn agreed(Conversation c) {
    return new Turn(c, new Reply.Text("Congratulations! Ask for the final figures in writing (base, stock with its "
        + "vesting schedule, bonus, sign-on and start date) and read them against your counter before you sign."));
  }

  private static Turn thanks(Conversation c) {
    return new Turn(c, new Reply.Text("Glad to help. When they answer, tell me here, e.g. \"they came back with "
        + "190k base\", and I'll tell you whether to accept or what to ask next."));
  }

  /** No rule matched: an offer's figures, a figure to place, a region, another role, or the polite default. */
  private Turn conversational(Talk t) {
    Conversation c = t.conversation();
    Scene s = t.scene().get();
    String text = t.text();
    Reading reading = t.reading();
    if (reading.hasNews()) {
      return figures(c, s, reading, t.venue());
    }
    if (!reading.unclear().isEmpty()) {
      return new Turn(c, new Reply.Question(reading.unclear().get(0)));
    }
    if (!reading.loose().isEmpty()) {
      String figure = reading.loose().get(0);
      return new Turn(c.withPending(figure), new Reply.Question(Placing.question(figure, s.region(), c.offer())));
    }
    // "i'm moving from charlotte" says where the user is, not which region to coach for.
    Optional<Region> region = catalog.get().region(s.guide(), FROM_PLACE.matcher(text).replaceAll(" "));
    if (region.isPresent()) {
      return cards.card(new Scene(s.guide(), region.get()), c.withRegion(region.get().name()), t.venue(), List.of(),
          today());
    }
    Matcher regionAsk = REGION_ASK.matcher(text);
    if (regionAsk.find()) {
      return new Turn(c, regionChoices(s.guide(), "I don't have \"" + regionAsk.group(1) + "\" for "
          + s.guide().role().title() + ". Pick one of these:"));
    }
    Lookup lookup = catalog.get().find(text);
    if (lookup instanceof Lookup.Found || lookup instanceof Lookup.RoleOnly) {
      return lookUp(c, text, t.venue());
    }
    return new Turn(c, answers.nudge(s, c, text));
  }

  /** The figure asked about, completed by this reply's word ("yes", "base"); null when the reply is not that. */
  private Turn completed(Conversation c, Scene scene, String pending, String text, Venue venue) {
    Placing.Placed placed = Placing.place(pending, scene.region());
    Component component = placed == null ? null : Placing.answer(text, placed);
    if (component == null && placed != null && Placing.undecided(text)) {
      return new Turn(c.withPending(pending), new Reply.Question("Which is " + pending + ", then: the base, stock "
          + "(a year), bonus, sign-on or the yearly total? One word will do."));
    }
    if (component == null) {
      return null;
    }
    Figure figure = new Figure(Figure.Purpose.OFFER, component, placed.value(), false, null, 0, true, pending);
    return figures(c, scene, new Reading(List.of(figure), null, false, null, List.of(), null, List.of(), List.of()),
        venue);
  }

  /** A place after "from" (up to three words): where the user comes from, never a region to switch to. */
  private static final Pattern FROM_PLACE = Pattern.compile("(?i)\\bfrom\\s+[\\p{L}.'-]+(?:\\s+[\\p{L}.'-]+){0,2}");

  /**
   * The message with this offer's company, where it is taken, joined or signed with, said as "it": "fine, I'll take
   * Orchard at 172" asks what "I'll take it" asks, a decision. The intent table holds no company's name.
   */
  static String theirOfferAsIt(String message, List<String> home) {
    String out = message;
    for (String name : home) {
      if (name.length() < 3 || !out.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))) {
        continue;
      }
      out = Pattern.compile("(?i)\\b(take|taking|accept|accepting|join|joining|sign with|signing with|go with|going with)\\s+(?:the\\s+)?" + Pattern.quote(name)
          + "(?:['’]s)?(?:\\s+offer)?\\b").matcher(out).replaceAll("$1 it");
    }
    return out;
  }

  /** The names that mean this offer's company: the guide's company and the first word of its name ("Ally"). */
  private static List<String> home(Guide guide) {
    String name = guide.company().name();
    int space = name.indexOf(' ');
    return space > 0 ? List.of(name, name.substring(0, space)) : List.of(name);
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
    Turn turn = figures(c, scene.get(), reading, venue);
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
        .or(() -> catalog.get().region(guide, regionName == null ? "" : regionName));
    if (region.isEmpty()) {
      return new Turn(c, regionChoices(guide, "I don't have " + regionName + " for " + guide.role().title()
          + ". Pick one of these:"));
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
    Scene s = scene.get();
    List<LocalizedLever> levers = wording.localize(s.guide(), s.region(), c.competing(), c.employer());
    if (levers.isEmpty()) {
      return new Turn(c, new Reply.Text("This guide has no lever wording."));
    }
    List<String> lines = new ArrayList<>();
    lines.add("Lever wording for " + s.guide().role().title() + " in " + s.region().shortName()
        + (s.region().equals(s.guide().leverRegion()) ? ":" : " (figures restated from "
            + s.guide().leverRegion().shortName() + "):"));
    for (LocalizedLever lever : levers) {
      lines.addAll(LeverWording.lines(lever, null));
    }
    return new Turn(c.about(Conversation.Subject.LEVER, 0), new Reply.Text(String.join("\n", lines)));
  }

  /** The "compare regions" button: every region of the guide side by side. */
  public Turn compare(Conversation conversation, Venue venue) {
    Conversation c = conversation == null ? Conversation.EMPTY : conversation;
    Optional<Scene> scene = scene(c);
    if (scene.isEmpty()) {
      return new Turn(c, new Reply.Text("Pick a role first, e.g. \"compare ml-ai-engineer detroit charlotte\"."));
    }
    return comparison(c, scene.get(), List.of(), venue);
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
    Optional<Guide> guide = guide(conversation);
    if (guide.isEmpty() || conversation.region() == null) {
      return Optional.empty();
    }
    return guide.get().regions().stream().filter(r -> r.name().equals(conversation.region())).findFirst()
        .map(r -> new Scene(guide.get(), r));
  }

  private Optional<Guide> guide(Conversation c) {
    if (c == null || c.company() == null || c.role() == null) {
      return Optional.empty();
    }
    return catalog.get().guide(c.company(), c.role());
  }

  private Turn unstarted(Conversation c, String text, Venue venue) {
    Matcher compare = COMPARE.matcher(text);
    // "compare this to the market: 200k base": an offer to weigh, not regions to set side by side.
    boolean offerToWeigh = !reader.read(text).figures().isEmpty();
    if (compare.find() && !offerToWeigh) {
      return openComparison(text.substring(compare.end()), venue);
    }
    Optional<Guide> guide = guide(c);
    if (guide.isPresent()) {
      Optional<Region> region = catalog.get().region(guide.get(), text);
      if (region.isPresent()) {
        Conversation next = c.withRegion(region.get().name());
        Reading reading = reader.read(text, home(guide.get()));
        if (!reading.figures().isEmpty()) {
          return figures(next, new Scene(guide.get(), region.get()), reading, venue);
        }
        return cards.card(new Scene(guide.get(), region.get()), next, venue, List.of(), today());
      }
    }
    // One lookup for the whole message: it is what a region-less thread, "thanks" and a new role all turn on.
    Lookup lookup = catalog.get().find(text);
    if (guide.isPresent() && lookup instanceof Lookup.Unknown) {
      return awaitingRegion(c, guide.get(), text, venue);
    }
    if (offerToWeigh && lookup instanceof Lookup.Unknown unknown) {
      // Figures before any role: the band to weigh them against is not known yet, so ask for it, never guess one.
      List<Reply.Choice> roles = unknown.suggestions().stream().map(q -> new Reply.Choice(q, q)).toList();
      return new Turn(c, new Reply.Choices("I can weigh those figures once I know the role and the region: their "
          + "band is what I compare with. Which role is it, and where? Tell me both, e.g. \"ml-ai-engineer detroit\", "
          + "then send the figures again.", roles));
    }
    if (intents.match(text).intent() instanceof Intent.Thanks && lookup instanceof Lookup.Unknown) {
      // "thanks" after "start over", or before anything: not a role to look up.
      return new Turn(c, new Reply.Text("You're welcome. For a role and region, tell me both, e.g. "
          + "\"ml-ai-engineer charlotte\"."));
    }
    return lookUp(c, lookup, venue);
  }

  /**
   * A message after "Which region?" that names none: the role stays and the question is asked again, never "no role
   * called …". Figures in it are kept when every region pays in one currency (the band waits for the region);
   * otherwise they are asked for again with it.
   */
  private Turn awaitingRegion(Conversation c, Guide guide, String text, Venue venue) {
    String question = "Which region for " + guide.role().title() + " at " + guide.company().name() + "?";
    Reading reading = reader.read(text, home(guide));
    if (!reading.hasNews()) {
      return new Turn(c, regionChoices(guide, question));
    }
    boolean oneCurrency = guide.regions().stream().map(Region::currency).distinct().count() == 1;
    if (!oneCurrency) {
      return new Turn(c, regionChoices(guide, "Its regions pay in different currencies, so I'll read your figures "
          + "once I know which one: " + question + " Then send the figures again."));
    }
    OfferUpdate.Outcome outcome = update.apply(c, guide.regions().get(0), reading, venue);
    if (outcome instanceof OfferUpdate.Doubt doubt) {
      return new Turn(c, new Reply.Question(doubt.question() + " And " + Character.toLowerCase(question.charAt(0))
          + question.substring(1)));
    }
    OfferUpdate.Applied applied = (OfferUpdate.Applied) outcome;
    Conversation next = applied.conversation().withRegion(null);
    StringBuilder noted = new StringBuilder();
    if (next.offer() != null && !next.offer().isEmpty()) {
      noted.append("Noted the offer: ").append(TextRenderer.offer(next.offer(), next.offer().currency())).append(". ");
    }
    applied.acknowledged().forEach(note -> noted.append(note).append(' '));
    return new Turn(next, regionChoices(guide, noted + question + " I'll set it against that region's band."));
  }

  private Turn lookUp(Conversation c, String text, Venue venue) {
    return lookUp(c, catalog.get().find(text), venue);
  }

  private Turn lookUp(Conversation c, Lookup lookup, Venue venue) {
    if (lookup instanceof Lookup.Found found) {
      Conversation next = c.withGuide(found.guide().company().slug(), found.guide().role().slug(),
          found.region().name());
      Scene scene = new Scene(found.guide(), found.region());
      Reading reading = reader.read(found.rest(), home(found.guide()));
      if (reading.hasNews()) {
        return figures(next, scene, reading, venue);
      }
      return cards.card(scene, next, venue, List.of(), today());
    }
    if (lookup instanceof Lookup.RoleOnly roleOnly) {
      Guide guide = roleOnly.guide();
      Conversation next = c.withGuide(guide.company().slug(), guide.role().slug(), null);
      String rest = roleOnly.rest() == null ? "" : roleOnly.rest().trim();
      String missing = rest.isEmpty() || !reader.read(rest).figures().isEmpty() ? ""
          : "I don't have \"" + rest + "\" in the guide. ";
      return new Turn(next, regionChoices(guide, missing + "Which region for " + guide.role().title() + " at "
          + guide.company().name() + "?"));
    }
    if (lookup instanceof Lookup.Ambiguous ambiguous) {
      List<Reply.Choice> choices = ambiguous.choices().stream()
          .map(g -> new Reply.Choice(g.company().name() + ": " + g.role().title(),
              g.company().slug() + " " + g.role().slug()))
          .toList();
      return new Turn(c, new Reply.Choices("Several companies have a " + ambiguous.role() + " guide. Which one?",
          choices));
    }
    if (lookup instanceof Lookup.RegionOnly place) {
      List<Reply.Choice> choices = place.suggestions().stream().map(q -> new Reply.Choice(q, q)).toList();
      String sentence = place.exact() ? "Which role in " + place.region() + "? These guides have it:"
          : "I don't have a role or a region called \"" + place.asked() + "\". Did you mean " + place.region()
              + "? These guides have it:";
      return new Turn(c, new Reply.Choices(sentence, choices));
    }
    Lookup.Unknown unknown = (Lookup.Unknown) lookup;
    List<Reply.Choice> choices = unknown.suggestions().stream().map(q -> new Reply.Choice(q, q)).toList();
    String sentence = "I don't have a " + unknown.what() + " called \"" + unknown.asked() + "\""
        + (choices.isEmpty() ? ". Try \"help\" to see what I know." : ". Did you mean one of these?");
    return new Turn(c, new Reply.Choices(sentence, choices));
  }

  private Turn openComparison(String text, Venue venue) {
    Lookup lookup = catalog.get().find(text);
    Guide guide;
    if (lookup instanceof Lookup.Found found) {
      guide = found.guide();
    } else if (lookup instanceof Lookup.RoleOnly roleOnly) {
      guide = roleOnly.guide();
    } else {
      return lookUp(Conversation.EMPTY, text, venue);
    }
    List<Region> named = catalog.get().regions(guide, text);
    Region first = named.isEmpty() ? guide.leverRegion() : named.get(0);
    Conversation c = Conversation.EMPTY.withGuide(guide.company().slug(), guide.role().slug(), first.name());
    return comparison(c, new Scene(guide, first), named, venue);
  }

  private Turn comparison(Conversation c, Scene scene, List<Region> named, Venue venue) {
    List<Region> regions = named.size() >= 2 ? named : scene.guide().regions();
    List<Reply.Column> columns = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Offer offer = c.offer();
    for (Region region : regions) {
      Offer usable = Cards.usable(offer, region);
      columns.add(new Reply.Column(region, scene.guide().target(region).orElse(null),
          positions.of(usable, region)));
    }
    if (offer != null && !offer.isEmpty() && venue == Venue.SHARED_CHANNEL) {
      notes.add(Cards.PRIVACY);
    }
    if (regions.stream().map(Region::currency).distinct().count() > 1) {
      notes.add("Each region is in its own currency; I don't convert between them.");
    }
    return new Turn(c.about(Conversation.Subject.COMPARISON, 0), new Reply.Comparison(scene.guide(), columns, notes));
  }

  private Turn lever(Conversation c, Scene s, int number) {
    Optional<Lever> lever = s.guide().levers().stream().filter(l -> l.number() == number).findFirst();
    if (lever.isEmpty()) {
      return new Turn(c, new Reply.Text("This guide has levers 1 to " + s.guide().levers().size()
          + "; there is no lever " + number + "."));
    }
    Competing competing = c.competing() != null && c.competing().currency().equals(s.region().currency())
        ? c.competing() : null;
    LocalizedLever localized = wording.localize(lever.get(), s.guide().leverRegion(), s.region(), competing,
        c.employer());
    return new Turn(c.about(Conversation.Subject.LEVER, number), new Reply.Text(String.join("\n",
        LeverWording.lines(localized, s.region().shortName()))));
  }

  private Turn figures(Conversation c, Scene scene, Reading reading, Venue venue) {
    OfferUpdate.Outcome outcome = update.apply(c, scene.region(), reading, venue);
    if (outcome instanceof OfferUpdate.Doubt doubt) {
      return doubted(c, doubt);
    }
    OfferUpdate.Applied applied = (OfferUpdate.Applied) outcome;
    Conversation next = applied.conversation();
    if (!reading.loose().isEmpty() && !reading.swapped()
        && reading.figures().stream().noneMatch(f -> f.purpose() == Figure.Purpose.OFFER)) {
      // "I'm at 165 now at Capital One, they offered 185": what was read is kept and said, and the figure with no
      // word, the only one of the offer, is asked about in the same reply: one question, not one per figure.
      String figure = reading.loose().get(0);
      String asked = Placing.question(figure, scene.region(), next.offer());
      List<String> said = new ArrayList<>(applied.acknowledged());
      said.add(asked);
      return new Turn(next.withPending(figure), new Reply.Question(String.join(" ", said)));
    }
    Offer answered = c.countered() != null ? c.countered() : applied.before();
    // Their answer, even one that holds firm, is measured against the counter; a lower one starts afresh.
    if (applied.revision() && c.counter() != null && answered != null && next.offer() != null
        && next.offer().currency().equals(scene.region().currency()) && movedUp(answered, next.offer())) {
      return nextSteps.answer(scene, next, answered, next.offer(), venue, applied.acknowledged());
    }
    return cards.card(scene, next, venue, applied.acknowledged(), today());
  }

  /** A question back, with the figure a "yes" would complete kept for one message. */
  private static Turn doubted(Conversation c, OfferUpdate.Doubt doubt) {
    return new Turn(doubt.pending() == null ? c : c.withPending(doubt.pending()),
        new Reply.Question(doubt.question()));
  }

  /**
   * Their answer moves toward the counter: no component lower than in the offer the counter answered, and not only
   * a part the offer lacked filled in ("they said the equity is worth 400k" is no answer; holding firm is one).
   */
  private static boolean movedUp(Offer answered, Offer now) {
    boolean moved = false;
    boolean added = false;
    for (Component part : Component.values()) {
      Long before = answered.of(part);
      Long after = now.of(part);
      if (before != null && (after == null || after < before)) {
        return false;
      }
      moved |= before != null && after > before;
      added |= before == null && after != null && part != Component.TOTAL;
    }
    return moved || !added;
  }

  private Reply.Choices regionChoices(Guide guide, String sentence) {
    List<Reply.Choice> choices = guide.regions().stream()
        .map(r -> new Reply.Choice(r.name(), guide.role().slug() + " " + r.shortName().toLowerCase(Locale.ROOT)))
        .toList();
    return new Reply.Choices(sentence, choices);
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
    return Cards.inThread(letter(c, scene(c), read.get(), venue));
  }

  /**
   * A pasted offer letter: its figures become the thread's offer and its terms are kept; the reply shows each field
   * with its sentence. Before a role is chosen, the letter's title and location pick the guide when they name one.
   */
  private Turn letter(Conversation c, Optional<Scene> scene, LetterIntake.Read read, Venue venue) {
    Conversation next = c.withTerms(read.terms());
    if (read.offer() != null) {
      next = next.withOffer(read.offer());
    }
    Optional<Scene> where = scene;
    if (where.isEmpty() && read.title() != null) {
      Lookup lookup = catalog.get().find(read.title() + (read.location() == null ? "" : " " + read.location()));
      if (lookup instanceof Lookup.Found found) {
        next = next.withGuide(found.guide().company().slug(), found.guide().role().slug(), found.region().name());
        where = Optional.of(new Scene(found.guide(), found.region()));
      }
    }
    if (where.isEmpty()) {
      List<String> lines = new ArrayList<>(read.lines());
      lines.add("Which role and region should I compare it with? For example \"ml-ai-engineer charlotte\".");
      return new Turn(next, new Reply.Text(String.join("\n", lines)));
    }
    return cards.card(where.get(), next, venue, read.lines(), today());
  }

  /** "year by year": the counter's first four years as tables. */
  private Turn years(Scene s, Conversation c, Venue venue) {
    return readyToSend(c, s, Draft.YEARS, venue);
  }

  /** "how do I say it by email": the one counteroffer email, {@link ReadyToSend#email}. */
  private Turn email(Scene s, Conversation c, Venue venue) {
    return readyToSend(c, s, Draft.EMAIL, venue);
  }

  /** "call script": the opening ask and the answers to the likely pushbacks. */
  private Turn call(Scene s, Conversation c, Venue venue) {
    return readyToSend(c, s, Draft.CALL, venue);
  }

  /** "make it shorter": the email's ask in three sentences. */
  private Turn shortEmail(Scene s, Conversation c, Venue venue) {
    return readyToSend(c, s, Draft.SHORT, venue);
  }

  /** What {@link #readyToSend} writes, with the words a reply names it by. */
  private enum Draft {
    YEARS("year-by-year tables"), EMAIL("email"), CALL("call script"), SHORT("email");

    private final String what;

    Draft(String what) {
      this.what = what;
    }
  }

  /** The counter as tables, an email or a call script: each needs the offer and the counter the card computes. */
  private Turn readyToSend(Conversation c, Scene s, Draft draft, Venue venue) {
    String what = draft.what;
    if ((c.offer() == null || c.offer().isEmpty()) && (draft == Draft.EMAIL || draft == Draft.SHORT)) {
      // Before an offer the email asks for their range, with the aim if pressed: none in a channel that knows a
      // walk-away, which may have lifted it.
      Reply reply = cards.card(s, c, venue, List.of(), today()).reply();
      boolean walkAwayLifts = venue == Venue.SHARED_CHANNEL && c.walkAway() != null;
      return new Turn(c, ready.rangeAsk(s, reply instanceof Reply.Card k && !walkAwayLifts ? Long.valueOf(k.aim()) : null));
    }
    if (c.offer() == null || c.offer().isEmpty()) {
      return new Turn(c, new Reply.Question("Tell me the offer first: paste the letter, or type it (\"they "
          + "offered 180k base, 200k RSU over 4 years, 15% bonus\"); then I'll write the " + what
          + " from the counter."));
    }
    Offer offer = Cards.usable(c.offer(), s.region());
    Turn card = cards.card(s, c, venue, List.of(), today());
    if (offer == null || !(card.reply() instanceof Reply.Card k) || k.counter() == null) {
      return new Turn(c, new Reply.Question("Your offer is in " + c.offer().currency() + " and the "
          + s.region().shortName() + " band in " + s.region().currency() + ": I don't convert, so there is "
          + "no counter to write the " + what + " from. Give me the offer in " + s.region().currency() + "."));
    }
    // The ask the thread already stands on ("they won't move on base" moved it) is the one to send, not a fresh one.
    Counteroffer standing = c.counter() != null && c.counter().currency().equals(s.region().currency())
        ? c.counter() : null;
    Reply.Card asked = standing == null ? k : new Reply.Card(k.guide(), k.region(), k.target(), k.levers(), k.offer(),
        k.positions(), standing, k.aim(), k.verdict(), k.script(), k.notes());
    Reply.Draft reply = switch (draft) {
      case YEARS -> ready.years(s, c, offer, asked.counter());
      case EMAIL -> ready.email(s, c, offer, asked);
      case CALL -> ready.call(s, c, offer, asked);
      case SHORT -> ready.shortEmail(s, c, offer, asked);
    };
    return new Turn(standing == null ? card.conversation() : c, reply);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
