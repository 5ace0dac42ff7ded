package com.compcoach.cli;

import com.compcoach.guide.GuideCatalog;
import com.compcoach.guide.Lookup;
import com.compcoach.letter.LetterFields;
import com.compcoach.letter.LetterFile;
import com.compcoach.letter.LetterJson;
import com.compcoach.letter.LetterReader;
import com.compcoach.letter.OfferLetter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code offer FILE}: an offer letter (text or PDF) read into the offer, each field with its sentence. */
@Command(name = "offer", mixinStandardHelpOptions = true,
    description = "Reads an offer letter (PDF or text) and prints the offer as read, with questions for what it "
        + "leaves out.")
public final class OfferCommand implements Callable<Integer> {

  /** Exit code for a file that cannot be read. */
  static final int UNREADABLE = 2;

  @Mixin
  AnswerOptions options;

  @Parameters(index = "0", paramLabel = "FILE", description = "The letter: a PDF or a plain-text file.")
  Path file;

  @Spec
  CommandSpec spec;

  private final Clock clock;
  private final LetterReader reader = new LetterReader();

  /** Counts "within five days" from today in UTC when the letter has no date of its own. */
  public OfferCommand() {
    this(Clock.systemUTC());
  }

  /** Counts relative deadlines from the given clock's day. */
  public OfferCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException | OutOfMemoryError e) {
      err.println("Cannot read " + file + ": " + (Files.exists(file) ? "not readable" : "no such file") + ".");
      return UNREADABLE;
    }
    LetterFile.Contents contents = LetterFile.read(bytes);
    if (contents instanceof LetterFile.Unreadable unreadable) {
      err.println("Cannot read " + file + ": " + unreadable.reason());
      return UNREADABLE;
    }
    OfferLetter letter = reader.read(((LetterFile.Text) contents).text(), LocalDate.now(clock));
    Lookup.Found guide = guide(letter, err);
    if (options.json()) {
      out.print(json(letter, guide) + "\n");
    } else {
      out.print(text(letter));
      if (guide != null) {
        out.print("\nGuide for this role: " + guide.guide().role().title() + " at " + guide.guide().company().name()
            + ", " + guide.region().name() + " (in Slack: /comp " + guide.guide().role().slug() + " "
            + guide.region().name() + ", then paste the letter in its thread).\n");
      }
    }
    out.flush();
    return 0;
  }

  /** The guide the letter's title and location name in the library, or null. */
  private Lookup.Found guide(OfferLetter letter, PrintWriter err) {
    if (letter.title() == null) {
      return null;
    }
    GuideCatalog catalog = options.read(clock, err);
    if (catalog == null) {
      return null;
    }
    Lookup lookup = catalog.find(letter.title().value()
        + (letter.location() == null ? "" : " " + letter.location().value()));
    return lookup instanceof Lookup.Found found ? found : null;
  }

  /** The letter's JSON with a {@code guide} field: the library's guide for its title and location, or null. */
  private static String json(OfferLetter letter, Lookup.Found guide) {
    Map<String, String> named = guide == null ? null : Map.of("company", guide.guide().company().slug(),
        "role", guide.guide().role().slug(), "region", guide.region().name());
    return new LetterJson().render(letter, named);
  }

  private static String text(OfferLetter letter) {
    StringBuilder out = new StringBuilder("The offer as read (the letter's text is not kept):\n");
    for (LetterFields.Field f : LetterFields.of(letter)) {
      out.append("- ").append(f.label()).append(": ").append(f.shown()).append('\n')
          .append("    \"").append(f.sentence()).append("\"\n");
    }
    letter.notes().forEach(n -> out.append("- ").append(n).append('\n'));
    if (!letter.questions().isEmpty()) {
      out.append("\nTo ask the recruiter:\n");
      letter.questions().forEach(q -> out.append("- ").append(q).append('\n'));
    }
    return out.toString();
  }
}
