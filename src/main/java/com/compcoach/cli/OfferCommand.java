package com.compcoach.cli;

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
    out.print(options.json() ? new LetterJson().render(letter) + "\n" : text(letter));
    out.flush();
    return 0;
  }

  private static String text(OfferLetter letter) {
    StringBuilder out = new StringBuilder("The offer as read (the letter's text is not kept):\n");
    for (LetterFields.Field f : LetterFields.of(letter)) {
      out.append("- ").append(f.label()).append(": ").append(f.shown()).append('\n')
          .append("    \"").append(f.sentence()).append("\"\n");
    }
    if (!letter.questions().isEmpty()) {
      out.append("\nTo ask the recruiter:\n");
      letter.questions().forEach(q -> out.append("- ").append(q).append('\n'));
    }
    return out.toString();
  }
}
