package com.compcoach.guide;

import java.util.List;
import java.util.Optional;

/**
 * What reading one guide file gave: the guide when it can be served (no errors), and every finding.
 *
 * @param path  the file's path relative to the library root
 * @param guide the guide, or null when an error keeps it out
 */
public record GuideReading(String path, Guide guide, List<Finding> findings) {

  public GuideReading {
    findings = List.copyOf(findings);
  }

  public Optional<Guide> usable() {
    return Optional.ofNullable(guide);
  }

  public boolean hasErrors() {
    return findings.stream().anyMatch(Finding::isError);
  }
}
