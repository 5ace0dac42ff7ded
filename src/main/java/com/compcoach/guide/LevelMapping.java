package com.compcoach.guide;

import java.util.List;

/** The guide's level table: a header row, body rows, and an optional note under it. */
public record LevelMapping(List<String> header, List<List<String>> rows, String note) {

  public static final LevelMapping NONE = new LevelMapping(List.of(), List.of(), "");

  public LevelMapping {
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
    note = note == null ? "" : note;
  }
}
