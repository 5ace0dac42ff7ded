package com.compcoach.guide;

/** A lever, premium or region whose title came from a heading or bold line, waiting for the text under it. */
final class PendingItem {
  String title;
  int line;
  int number;
  final StringBuilder text = new StringBuilder();
  String wording;
  /** Whether a block quote under the heading was read as targets. */
  boolean target;

  boolean open() {
    return title != null;
  }
}
