package com.compcoach.coach;

import com.compcoach.guide.GuideCatalog;
import com.compcoach.guide.Lookup;
import com.compcoach.guide.Region;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A message no intent rule matched: an offer's figures, a figure to place, a region, another role, or a nudge. */
final class Conversational {

  private static final Pattern REGION_ASK = Pattern.compile(
      "^(?:(?:what|how)\\s+about|and\\s+in|what\\s+if\\s+(?:it(?:'s| is| were)\\s+)?in|switch\\s+to)\\s+(.+?)[?.!]*$",
      Pattern.CASE_INSENSITIVE);
  /** A place after "from" (up to three words): where the user comes from, never a region to switch to. */
  private static final Pattern FROM_PLACE = Pattern.compile("(?i)\\bfrom\\s+[\\p{L}.'-]+(?:\\s+[\\p{L}.'-]+){0,2}");
  /**
   * A place after "not", "instead of" or "rather than" ("actually it's for austin, not charlotte"): the place the user
   * is turning away from, never the region to switch to.
   */
  private static final Pattern NOT_PLACE = Pattern.compile(
      "(?i)\\b(?:not|instead of|rather than)\\s+(?:in\\s+|the\\s+)?[\\p{L}.'-]+(?:\\s+[\\p{L}.'-]+){0,2}");

  private final Supplier<GuideCatalog> catalog;
  private final Cards cards;
  private final Answers answers;
  private final NewFigures figures;
  private final RoleAndRegion roleAndRegion;
  private final CompanySide company;
  private final Clock clock;

  Conversational(Supplier<GuideCatalog> catalog, Cards cards, Answers answers, NewFigures figures,
      RoleAndRegion roleAndRegion, CompanySide company, Clock clock) {
    this.catalog = catalog;
    this.cards = cards;
    this.answers = answers;
    this.figures = figures;
    this.roleAndRegion = roleAndRegion;
    this.company = company;
    this.clock = clock;
  }

  /** A message that opens as a question, typed without its question mark: "is 260 even in the range". */
  private static final java.util.regex.Pattern ASKS = java.util.regex.Pattern.compile(
      "(?i)\\s*(?:so\\s+|ok\\s+|and\\s+)?(?:is|isn't|does|should|would|can|could|am|are|do)\\b");

  /** The message answered in the thread's scene, with what it read. */
  Turn answer(Conversation c, Scene s, String text, Reading reading, Venue venue) {
    if (reading.hasNews()) {
      return figures.apply(c, s, reading, venue);
    }
    if (!reading.unclear().isEmpty()) {
      return new Turn(c, new Reply.Question(reading.unclear().get(0)));
    }
    if (!reading.loose().isEmpty() && (text.contains("?") || ASKS.matcher(text).lookingAt())
        && LooseFigures.restatesTheOffer(reading.loose().get(0), c.offer())) {
      // "is it worth pushing further or take 158?" with a base of $158K, "is 260 even in the range" with a total of
      // $260K: a question about the offer as it stands, with its question mark or without. On the company's side
      // ("will 225 be enough?" of its own offer) the company's verdict, never the candidate's "counter once".
      return c.companySide() ? company.answer(new Intent.Accept(), s, c, text, venue) : answers.accept(s, c, venue);
    }
    if (!reading.loose().isEmpty()) {
      String figure = reading.loose().get(0);
      return new Turn(c.withPending(figure), new Reply.Question(Placing.question(figure, s.region(), c.offer())));
    }
    // "capital one gave me the same offer", "sorry it's capital one not ally": this offer's figures, another company's.
    SameFigures.Said same = SameFigures.of(text, Cards.usable(c.offer(), s.region()), TheirCompany.names(s.guide()));
    if (same != null) {
      Reading again = new OfferReader().read(same.text(), TheirCompany.names(s.guide()));
      if (again.hasNews() && again.figures().stream().anyMatch(f -> f.purpose() == Figure.Purpose.COMPETING)) {
        return figures.apply(same.moved() ? c.withOffer(null) : c, s,
            again.withRemark(SameFigures.remark(same, s.guide().company().name()), true), venue);
      }
    }
    // "security engineer new york" after "start over" kept this role: another role named with a region is that role's
    // card, never this role's in the region named.
    Lookup named = catalog.get().find(text);
    if (named instanceof Lookup.Found found && !(found.guide().role().slug().equals(s.guide().role().slug())
        && found.guide().company().slug().equals(s.guide().company().slug()))) {
      return roleAndRegion.lookUp(c, text, venue);
    }
    // "i'm moving from charlotte" says where the user is, not which region to coach for.
    String turnedTo = NOT_PLACE.matcher(FROM_PLACE.matcher(text).replaceAll(" ")).replaceAll(" ");
    Optional<Region> region = catalog.get().region(s.guide(), turnedTo);
    if (region.isPresent()) {
      return cards.card(new Scene(s.guide(), region.get()), c.withRegion(region.get().name()), venue, List.of(),
          LocalDate.now(clock));
    }
    Matcher regionAsk = REGION_ASK.matcher(text);
    if (regionAsk.find()) {
      return new Turn(c, RoleAndRegion.regionChoices(s.guide(), "I don't have \"" + regionAsk.group(1) + "\" for "
          + s.guide().role().title() + ". Pick one of these:"));
    }
    Lookup lookup = named;
    if (lookup instanceof Lookup.Found || lookup instanceof Lookup.RoleOnly) {
      return roleAndRegion.lookUp(c, text, venue);
    }
    // "actually it's for the austin office": a place the guide has no band for, said plainly, never the default.
    String workplace = OtherPlace.ofWork(text, catalog.get().regions(s.guide(), turnedTo));
    if (workplace != null && !c.companySide()) {
      return new Turn(c, new Reply.Text(OtherPlace.saidOfWork(workplace, s)));
    }
    Turn otherRole = otherRole(c, s, text);
    return otherRole != null ? otherRole : new Turn(c, answers.nudge(s, c, text));
  }

  /** The words before "role" or "position" that may name one: "they now want me for the security engineer role". */
  private static final Pattern ROLE_NAMED = Pattern.compile("(?i)\\b((?:[\\p{L}/&-]+\\s+){1,4}?)(?:role|position)\\b");

  /**
   * "plot twist, they now want me for the security engineer role instead": another role of the same company named in
   * a sentence. Its bands are its own, so its figures go on its card: said how to open it, this thread left as it is.
   */
  private Turn otherRole(Conversation c, Scene s, String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    if (!lower.contains("role") && !lower.contains("position")) {
      return null;
    }
    Matcher named = ROLE_NAMED.matcher(text);
    while (named.find()) {
      String[] before = named.group(1).trim().split("\\s+");
      // The longest run of words right before "role" that names one: "for the security engineer" is tried as
      // "security engineer" and "engineer" too, never from a small word ("for", "the").
      for (int from = 0; from < before.length; from++) {
        if (SMALL_WORDS.contains(before[from].toLowerCase(java.util.Locale.ROOT))) {
          continue;
        }
        Turn pointed = pointedTo(c, s, String.join(" ", java.util.Arrays.copyOfRange(before, from, before.length)));
        if (pointed != null) {
          return pointed;
        }
      }
    }
    return null;
  }

  /** Words that never open a role's name. */
  private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of("the", "a", "an", "that", "this", "for",
      "to", "as", "of", "me", "my", "in", "into", "on", "at", "want", "wants", "now", "they", "instead", "same");

  /** The pointer to another role of this company the words name exactly, or null. */
  private Turn pointedTo(Conversation c, Scene s, String words) {
    if (!(catalog.get().find(words) instanceof Lookup.RoleOnly only)
        || !only.guide().company().equals(s.guide().company()) || only.guide().role().equals(s.guide().role())
        || !only.rest().isBlank()) {
      return null;
    }
    // Its card in this thread's region when the other guide has it; else its regions are asked for by /comp.
    String place = s.region().name().replaceFirst(",.*", "").toLowerCase(java.util.Locale.ROOT);
    String slug = only.guide().role().slug() + (catalog.get().region(only.guide(), place).isPresent() ? " " + place
        : "");
    return new Turn(c, new Reply.Text("That's the " + only.guide().role().title() + " role: its bands are its own, so "
        + "its offer is weighed on its card, not this one. Say \"/comp " + slug + "\" (a new thread keeps the two "
        + "apart) and give me its figures there; this thread keeps the " + s.guide().role().title() + " offer."));
  }

}
