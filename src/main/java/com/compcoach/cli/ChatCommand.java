package com.compcoach.cli;

import com.compcoach.coach.Coach;
import com.compcoach.coach.Conversation;
import com.compcoach.coach.JsonRenderer;
import com.compcoach.coach.Reply;
import com.compcoach.coach.TextRenderer;
import com.compcoach.coach.Turn;
import com.compcoach.coach.Venue;
import com.compcoach.guide.GuideCatalog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chat}: one coaching thread on the command line, one message a line from stdin, one reply per message. */
@Command(name = "chat", mixinStandardHelpOptions = true,
    description = "Coaches one negotiation thread: type messages (or /comp <text>) one a line (a line ending in \" \\\" goes on in the next); a reply each.")
public final class ChatCommand implements Callable<Integer> {

  /** What a message gets when the coach fails on it: the Slack path's kind of answer, never a stack trace. */
  static final String FAILED = "Something went wrong on my side with that message, so I couldn't answer it. "
      + "Nothing in this thread changed: send it again in other words, or go on.";

  /** Where the thread is imagined to be: a walk-away is repeated only in a direct message. */
  enum Where { dm, channel }

  @Mixin
  AnswerOptions options;

  @Option(names = "--venue", defaultValue = "dm", description = "dm or channel (default: ${DEFAULT-VALUE}).")
  Where venue;

  @Spec
  CommandSpec spec;

  private final Clock clock;
  private final InputStream in;
  private final BiFunction<Supplier<GuideCatalog>, Clock, Coach> coaches;

  /** Reads stdin and judges review dates against today in UTC. */
  public ChatCommand() {
    this(Clock.systemUTC(), System.in);
  }

  /** Reads the given input with the given clock (tests, golden conversations). */
  public ChatCommand(Clock clock, InputStream in) {
    this(clock, in, Coach::new);
  }

  /** With the coach built by {@code coaches} from the library and clock (a test's failing coach). */
  ChatCommand(Clock clock, InputStream in, BiFunction<Supplier<GuideCatalog>, Clock, Coach> coaches) {
    this.clock = clock;
    this.in = in;
    this.coaches = coaches;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    GuideCatalog catalog = options.read(clock, err);
    if (catalog == null) {
      return 1;
    }
    Coach coach = coaches.apply(() -> catalog, clock);
    TextRenderer text = new TextRenderer();
    JsonRenderer json = new JsonRenderer(coach);
    Venue where = venue == Where.channel ? Venue.SHARED_CHANNEL : Venue.DIRECT_MESSAGE;
    Conversation conversation = Conversation.EMPTY;
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      StringBuilder pasted = new StringBuilder();
      while ((line = lines.readLine()) != null) {
        // A line ending in " \" goes on in the next one, as in a shell: a pasted list is one Slack message.
        if (line.endsWith(" \\")) {
          pasted.append(line, 0, line.length() - 2).append('\n');
          continue;
        }
        String message = (pasted + line).strip();
        pasted.setLength(0);
        if (message.isBlank()) {
          continue;
        }
        // "/comp …" starts a thread the way the slash command does; anything else is a message in the thread.
        Turn turn = turn(coach, conversation, message, where, err);
        conversation = turn.conversation();
        out.println(options.json() ? json.render(turn) : text.render(turn.reply()) + "\n");
        out.flush();
      }
    } catch (IOException e) {
      err.println("Cannot read stdin: " + e.getMessage());
      return 1;
    }
    return 0;
  }

  /**
   * The coach's turn for one message; if the coach fails, the friendly line with the thread unchanged, and on stderr
   * only the failure's type and place: its message could hold the user's figures.
   */
  private static Turn turn(Coach coach, Conversation conversation, String message, Venue where, PrintWriter err) {
    try {
      return message.matches("/comp(\\s.*)?")
          ? coach.open(message.substring("/comp".length()), where)
          : coach.reply(conversation, message, where);
    } catch (RuntimeException e) {
      StackTraceElement[] trace = e.getStackTrace();
      err.println("chat: a message could not be answered: " + e.getClass().getName() + " at "
          + (trace.length == 0 ? "unknown place" : trace[0]));
      err.flush();
      return new Turn(conversation, new Reply.Text(FAILED));
    }
  }
}
