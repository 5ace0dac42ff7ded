package com.compcoach.guide;

import java.util.List;
import java.util.Optional;

/** Finds guides and regions from the words people type; implementations are immutable snapshots. */
public interface GuideCatalog {

  /** Every guide in the library, in a stable order (company slug, then role slug). */
  List<Guide> guides();

  /** The guide of this company and role, by their slugs, if the library holds it. */
  Optional<Guide> guide(String companySlug, String roleSlug);

  /** Resolves "ml engineer clt", "ally security-engineer new york", "signature role hq"... */
  Lookup find(String query);

  /** The region of this guide that the words name ("nyc", "what about new york?"), if exactly one does. */
  Optional<Region> region(Guide guide, String words);

  /** Every region of this guide that the words name, in the order written ("compare detroit and charlotte"). */
  List<Region> regions(Guide guide, String words);
}
