package com.compcoach.cli;

import com.compcoach.guide.Guide;
import com.compcoach.guide.GuideCatalog;
import com.compcoach.guide.Lookup;
import com.compcoach.guide.Region;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ask "<role> <region>"}: a guide's bands, target and levers for one region, as a card or JSON. */
@Command(name = "ask", mixinStandardHelpOptions = true,
    description = "Shows what a guide says for a role and region, e.g. ask \"ml engineer charlotte\".")
public final class AskCommand implements Callable<Integer> {

  /** Exit code for input that names no guide or region. */
  static final int UNKNOWN_INPUT = 2;

  @Mixin
  AnswerOptions options;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Role and region, e.g. \"security nyc\".")
  List<String> words;

  @Spec
  CommandSpec spec;

  private final Clock clock;

  /** Judges review dates against today in UTC. */
  public AskCommand() {
    this(Clock.systemUTC());
  }

  /** Judges review dates against the given clock. */
  public AskCommand(Clock clock) {
    this.clock = clock;
  }

  /** Built when the command runs: Main makes every command at start, and {@code serve} never needs this one. */
  private GuideAnswer answer;

  @Override
  public Integer call() {
    answer = new GuideAnswer();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    GuideCatalog catalog = options.read(clock, err);
    if (catalog == null) {
      return 1;
    }
    String query = String.join(" ", words);
    Lookup lookup = catalog.find(query);
    if (lookup instanceof Lookup.Found found) {
      out.print(options.json() ? answer.json(found.guide(), found.region()) + "\n"
          : answer.text(found.guide(), found.region()));
      out.flush();
      return 0;
    }
    return refuse(lookup, out, err);
  }

  private int refuse(Lookup lookup, PrintWriter out, PrintWriter err) {
    String message;
    List<String> suggestions;
    if (lookup instanceof Lookup.RoleOnly only) {
      Guide g = only.guide();
      message = "Which region? " + g.role().title() + " at " + g.company().name() + " has "
          + String.join("; ", g.regions().stream().map(Region::name).toList()) + ".";
      suggestions = g.regions().stream().map(r -> g.role().slug() + " " + r.shortName().toLowerCase(java.util.Locale.ROOT)).toList();
    } else if (lookup instanceof Lookup.Ambiguous amb) {
      message = "\"" + amb.role() + "\" is at several companies; which one?";
      suggestions = amb.choices().stream().map(g -> g.company().slug() + " " + g.role().slug()).toList();
    } else if (lookup instanceof Lookup.RegionOnly place) {
      message = place.exact() ? "Which role in " + place.region() + "?"
          : "No role or region matches \"" + place.asked() + "\"; the closest region is " + place.region() + ".";
      suggestions = place.suggestions();
    } else {
      Lookup.Unknown unknown = (Lookup.Unknown) lookup;
      message = unknown.asked().isEmpty() ? "Which role and region? For example \"ml-ai-engineer charlotte\"."
          : unknown.what().equals("region") ? "No region of that guide matches \"" + unknown.asked() + "\"."
          : unknown.what().equals("place") ? "No guide has a region called \"" + unknown.asked() + "\"."
          : "No role matches \"" + unknown.asked() + "\".";
      suggestions = unknown.suggestions();
    }
    if (options.json()) {
      out.println(answer.error(message, suggestions));
      out.flush();
    } else {
      err.println(message);
      if (!suggestions.isEmpty()) {
        err.println("Did you mean:");
        suggestions.forEach(s -> err.println("  " + s));
      }
      err.flush();
    }
    return UNKNOWN_INPUT;
  }

}
