package com.compcoach.guide;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of reading a guide of 1 MiB whose Negotiate-Up block quote is nested a quarter million levels deep and
 * runs on in lazy continuation lines, next to the markdown parser alone on the same text and on half of it. The
 * parser's cost per lazy line grows with how deep the quotes around it are open; the reader flattens nesting past
 * {@link QuoteDepth#MAX} levels first, so its cost stays linear in the file's size. In this package because the
 * parser it compares with is the reader's own. Run by bench/guide-load.sh: {@code NestedQuoteCost}.
 */
public final class NestedQuoteCost {

  private NestedQuoteCost() {}

  public static void main(String[] args) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    GuideReader reader = new GuideReader();
    String head = "# Staff Engineer\n\n| Region | Base | Stock | Bonus | Total |\n|---|---|---|---|---|\n"
        + "| Denver, CO | $150K–$180K | $30K–$40K | $15K–$20K | $195K–$240K |\n\n";
    // Warm both paths on a small file first, so the figures are the work, not the first compilation.
    for (int i = 0; i < 3; i++) {
      reader.read("acme/staff-engineer.md", head + nested(20_000));
    }
    for (int size : new int[] {512 * 1024, 1024 * 1024}) {
      String text = head + nested(size);
      long r0 = threads.getCurrentThreadCpuTime();
      GuideReading reading = reader.read("acme/staff-engineer.md", text);
      long read = threads.getCurrentThreadCpuTime() - r0;
      long p0 = threads.getCurrentThreadCpuTime();
      GuideReader.markdownParser().parse(text);
      long parse = threads.getCurrentThreadCpuTime() - p0;
      System.out.printf("nested quote, %,d KB: reader %,d ms of CPU (targets read: %d); the parser alone on the text"
          + " as written %,d ms%n", text.length() / 1024, read / 1_000_000, reading.guide().targets().size(),
          parse / 1_000_000);
    }
  }

  /** A Negotiate-Up quote nested a level per "> " in half of the size, then lines of lazy continuation. */
  private static String nested(int size) {
    return "> ".repeat(size / 4) + "**Negotiate Up Strategy:** In Denver, target $220K–$240K TC.\n"
        + "The market moved this year, so hold firm on the total.\n".repeat(size / 2 / 56);
  }
}
