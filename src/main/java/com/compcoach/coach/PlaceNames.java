package com.compcoach.coach;

import com.compcoach.guide.Region;

/** Short place names for sentences: "Charlotte, NC" → "Charlotte", "Detroit, MI (HQ)" → "Detroit". */
final class PlaceNames {

  private PlaceNames() {}

  static String shortName(Region region) {
    return shortName(region.name());
  }

  static String shortName(String name) {
    String s = name.replaceAll("\\s*\\(.*?\\)\\s*", " ").trim();
    int comma = s.indexOf(',');
    return comma > 0 ? s.substring(0, comma).trim() : s;
  }
}
