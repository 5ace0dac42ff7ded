package com.compcoach.coach;

import com.compcoach.guide.Guide;
import com.compcoach.guide.GuideCatalog;
import com.compcoach.guide.Lookup;
import com.compcoach.guide.Region;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which guide and region a thread is about: found in what is typed before they are chosen ("ml-ai-engineer
 * charlotte", "compare … detroit charlotte"), asked for when missing, and resolved from the conversation.
 */
final class RoleAndRegion {

  static final Pattern COMPARE = Pattern.compile("^\\s*compare\\b\\s*", Pattern.CASE_INSENSITIVE);

  private final Supplier<GuideCatalog> catalog;
  private final OfferReader reader;
  private final OfferUpdate update;
  private final Cards cards;
  private final NewFigures figures;
  private final Comparisons comparisons;
  private final IntentTable intents;
  private final Clock clock;

  RoleAndRegion(Supplier<GuideCatalog> catalog, OfferReader reader, OfferUpdate update, Cards cards,
      NewFigures figures, Comparisons comparisons, IntentTable intents, Clock clock) {
    this.catalog = catalog;
    this.reader = reader;
    this.update = update;
    this.cards = cards;
    this.figures = figures;
    this.comparisons = comparisons;
    this.intents = intents;
    this.clock = clock;
  }

  /** The guide and region the conversation is about, from the current catalog; empty before a region is chosen. */
  Optional<Scene> scene(Conversation conversation) {
    Optional<Guide> guide = guide(conversation);
    if (guide.isEmpty() || conversation.region() == null) {
      return Optional.empty();
    }
    return guide.get().regions().stream().filter(r -> r.name().equals(conversation.region())).findFirst()
        .map(r -> new Scene(guide.get(), r));
  }

  Optional<Guide> guide(Conversation c) {
    if (c == null || c.company() == null || c.role() == null) {
      return Optional.empty();
    }
    return catalog.get().guide(c.company(), c.role());
  }

  /** The guide's region a name or phrase means, if any. */
  Optional<Region> region(Guide guide, String name) {
    return catalog.get().region(guide, name);
  }

  /** A message before a role and region are chosen: a comparison, a region, figures, a role, or a lookup's answer. */
  Turn unstarted(Conversation c, String text, Venue venue) {
    Matcher compare = COMPARE.matcher(text);
    // "compare this to the market: 200k base": an offer to weigh, not regions to set side by side.
    if (compare.find() && reader.read(text).figures().isEmpty()) {
      return openComparison(text.substring(compare.end()), venue);
    }
    Optional<Guide> guide = guide(c);
    if (guide.isPresent()) {
      Optional<Region> region = catalog.get().region(guide.get(), text);
      if (region.isPresent()) {
        Conversation next = c.withRegion(region.get().name());
        Reading reading = reader.read(text, TheirCompany.names(guide.get()));
        if (!reading.figures().isEmpty()) {
          return figures.apply(next, new Scene(guide.get(), region.get()), reading, venue);
        }
        return cards.card(new Scene(guide.get(), region.get()), next, venue, List.of(), today());
      }
    }
    // One lookup for the whole message: it is what a region-less thread, "thanks" and a new role all turn on.
    Lookup lookup = catalog.get().find(text);
    if (guide.isPresent() && lookup instanceof Lookup.Unknown) {
      return awaitingRegion(c, guide.get(), text, venue);
    }
    if (lookup instanceof Lookup.Unknown unknown && !reader.read(text).figures().isEmpty()) {
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
    Reading reading = reader.read(text, TheirCompany.names(guide));
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

  /** The role (and region) the text names: its card, or the question that picks one. */
  /** The words that start over, and a "with"/"for" after them: what follows names the role and place. */
  private static final Pattern FRESH_START = Pattern.compile("(?i)\\b(?:start(?:ing)?\\s+(?:over|again|fresh|afresh)"
      + "|restart|reset|begin\\s+again|from\\s+scratch)\\b[\\s,:;.!-]*(?:(?:with|for|on|as|using)\\s+)?(?:(?:the|a)\\s+)?");

  /** "start over with security engineer in new york": the card of the role and place named, or null when none is. */
  Turn freshStart(Conversation forgotten, String text, Venue venue, String regionBefore) {
    Matcher after = FRESH_START.matcher(text);
    if (!after.find() || after.end() == text.length()) {
      return null;
    }
    String rest = text.substring(after.end());
    Lookup lookup = catalog.get().find(rest);
    if (!(lookup instanceof Lookup.Found)) {
      lookup = roleNamed(rest, regionBefore);
    }
    return lookup instanceof Lookup.Found ? lookUp(forgotten, lookup, venue) : null;
  }

  /**
   * "let's start fresh, it's actually the security engineer job": a role named further on in the words after the
   * fresh start, in the place the thread was in when that role's guide has it; null when no word starts a role.
   */
  private Lookup roleNamed(String rest, String regionBefore) {
    Matcher word = WORD_START.matcher(rest);
    while (word.find()) {
      Lookup lookup = catalog.get().find(rest.substring(word.start()));
      if (lookup instanceof Lookup.Found) {
        return lookup;
      }
      if (lookup instanceof Lookup.RoleOnly role && regionBefore != null) {
        Lookup there = catalog.get().find(role.guide().role().slug() + " " + regionBefore);
        return there instanceof Lookup.Found ? there : null;
      }
    }
    return null;
  }

  private static final Pattern WORD_START = Pattern.compile("(?<![\\p{L}\\p{N}'’-])[\\p{L}]");

  Turn lookUp(Conversation c, String text, Venue venue) {
    return lookUp(c, catalog.get().find(text), venue);
  }

  /** "The guide lists Denver under Tier 2: these are Tier 2's figures." */
  private static String listedNote(com.compcoach.guide.Guide.Listed listed) {
    return "The guide lists " + listed.place() + " under " + listed.label() + ": these are " + listed.label()
        + "'s figures.";
  }

  private Turn lookUp(Conversation c, Lookup lookup, Venue venue) {
    if (lookup instanceof Lookup.Found found) {
      Conversation next = c.withGuide(found.guide().company().slug(), found.guide().role().slug(),
          found.region().name());
      Scene scene = new Scene(found.guide(), found.region());
      Reading reading = reader.read(found.rest(), TheirCompany.names(found.guide()));
      if (reading.hasNews()) {
        Turn weighed = figures.apply(next, scene, reading, venue);
        // "store-manager austin 90k base" answered by "Tier B: Denver Cherry Creek, Austin Domain": the offer's card
        // says whose band it is weighed against, as the card alone does.
        return found.listed() == null || found.unlisted() != null ? weighed : new Turn(weighed.conversation(),
            Notes.add(weighed.reply(), listedNote(found.listed())));
      }
      // "Phoenix" answered by the row "All other US locations": the card says the place is not listed, so its band
      // is never taken for a figure the guide gives for that city.
      com.compcoach.guide.Guide.Listed listed = found.listed();
      List<String> notes = listed != null && found.unlisted() != null
          // "sre boise" answered by "Tier 3: anywhere else in the US": the tier's band, as its list says.
          ? List.of(placeName(found.unlisted()) + " is not listed in the guide: these figures are " + listed.label()
          + "'s, for " + listed.place() + ".")
          : found.unlisted() != null ? List.of(placeName(found.unlisted())
          + " is not listed in the guide:" + Cards.FROM_THE_ROW + found.region().name() + "'.")
          // "sre denver" answered by "Tier 2: Boston, Denver": the band is the tier's, as the guide's list says.
          : listed != null ? List.of(listedNote(listed))
          : List.of();
      return cards.card(scene, next, venue, notes, today());
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

  /** "compare ml-ai-engineer detroit charlotte": the regions named, or every region of the role. */
  Turn openComparison(String text, Venue venue) {
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
    return comparisons.of(c, new Scene(guide, first), named, venue);
  }

  /** The sentence with one button per region of the guide. */
  static Reply.Choices regionChoices(Guide guide, String sentence) {
    List<Reply.Choice> choices = guide.regions().stream()
        .map(r -> new Reply.Choice(r.name(), guide.role().slug() + " " + r.shortName().toLowerCase(Locale.ROOT)))
        .toList();
    return new Reply.Choices(sentence, choices);
  }

  /** The place as typed, each word capitalised as a place is written: "phoenix" is "Phoenix". */
  private static String placeName(String typed) {
    StringBuilder out = new StringBuilder(typed.length());
    for (int i = 0; i < typed.length(); i++) {
      char ch = typed.charAt(i);
      out.append(i == 0 || typed.charAt(i - 1) == ' ' ? Character.toUpperCase(ch) : ch);
    }
    return out.toString();
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
