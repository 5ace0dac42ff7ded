package com.compcoach.coach;

import com.compcoach.guide.Guide;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The offer's own company as a message names it: said as "it" where taken, and the names it goes by. */
final class TheirCompany {

  private TheirCompany() {
  }

  /**
   * The message with this offer's company, where it is taken, joined or signed with, said as "it": "fine, I'll take
   * Orchard at 172" asks what "I'll take it" asks, a decision. The intent table holds no company's name.
   */
  static String asIt(String message, List<String> home) {
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
  static List<String> names(Guide guide) {
    String name = guide.company().name();
    int space = name.indexOf(' ');
    return space > 0 ? List.of(name, name.substring(0, space)) : List.of(name);
  }
}
