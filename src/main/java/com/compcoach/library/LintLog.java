package com.compcoach.library;

import com.compcoach.guide.Finding;
import com.compcoach.guide.GuideCatalog;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the operator of a running app, in its log, what each load of the library found: one line of counts, and
 * every finding of a file whose errors are new, as lint lines (an edit that breaks a guide shows up at once, with
 * "serving the last good version"). Errors already told are not repeated on later reloads.
 */
public final class LintLog implements Consumer<GuideCatalog> {

  private static final Logger LOG = LoggerFactory.getLogger(LintLog.class);
  /** Files with new errors listed per load; a library broken wholesale is counted, and lint lists it all. */
  static final int FILES_LISTED = 20;

  private final GuideLibrary library;
  private Set<Finding> told = Set.of();

  private LintLog(GuideLibrary library) {
    this.library = library;
  }

  /** Logs what the library's current version found, then what every reload finds. */
  public static LintLog attach(GuideLibrary library) {
    LintLog log = new LintLog(library);
    log.accept(library.catalog());
    library.onReload(log);
    return log;
  }

  @Override
  public synchronized void accept(GuideCatalog catalog) {
    List<Finding> findings = library.findings();
    List<Finding> errors = findings.stream().filter(Finding::isError).toList();
    String source = library.source().describe();
    LOG.info("guides in {}: {} served, {}{}", source, catalog.guides().size(), Finding.tally(findings),
        findings.isEmpty() ? "" : " (the lint command lists them)");
    List<String> broken = errors.stream().filter(f -> !told.contains(f)).map(Finding::path).distinct().toList();
    Set<String> listed = broken.stream().limit(FILES_LISTED).collect(Collectors.toSet());
    for (Finding f : findings) {
      if (listed.contains(f.path())) {
        LOG.warn("{}", f);
      }
    }
    if (broken.size() > listed.size()) {
      LOG.warn("{} more guides in {} have new errors; the lint command lists them", broken.size() - listed.size(),
          source);
    }
    told = Set.copyOf(errors);
  }
}
