package com.compcoach;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules: Slack's SDK stays in {@code slack}, and the core depends on no framework or outer package. */
@AnalyzeClasses(packages = "com.compcoach", importOptions = ArchitectureTest.ProductionOnly.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule slackSdk_outsideSlackPackage_isNeverUsed = noClasses()
      .that().resideOutsideOfPackage("com.compcoach.slack..")
      .should().dependOnClassesThat().resideInAPackage("com.slack..")
      .because("the slack package alone translates Slack requests into core calls and replies into Block Kit");

  @ArchTest
  static final ArchRule core_dependsOnNoServerStoreOrMetricsLibrary = noClasses()
      .that().resideInAnyPackage(
          "com.compcoach.money..", "com.compcoach.guide..", "com.compcoach.library..", "com.compcoach.coach..")
      .should().dependOnClassesThat().resideInAnyPackage(
          "com.slack..", "org.eclipse.jetty..", "io.lettuce..", "io.micrometer..")
      .because("guides and coaching are pure: they run the same in Slack, the console, the CLI and tests");

  @ArchTest
  static final ArchRule coach_dependsOnNoOuterPackage = noClasses()
      .that().resideInAPackage("com.compcoach.coach..")
      .should().dependOnClassesThat().resideInAnyPackage(
          "com.compcoach.slack..", "com.compcoach.console..", "com.compcoach.cli..", "com.compcoach.store..")
      .because("dependencies point inwards: slack, console and cli use the coach, never the reverse");

  @ArchTest
  static final ArchRule money_dependsOnNothingOfOurs = noClasses()
      .that().resideInAPackage("com.compcoach.money..")
      .should().dependOnClassesThat().resideInAnyPackage("com.compcoach.guide..", "com.compcoach.coach..",
          "com.compcoach.library..", "com.compcoach.slack..", "com.compcoach.cli..", "com.compcoach.console..")
      .because("the one money grammar sits below guides and offers alike, which both read figures through it");

  /**
   * Production classes only, whatever the build directory is called (ArchUnit's own option knows only
   * {@code target/test-classes}, and parallel builds here use {@code -Dbuild.dir=target-<name>}).
   */
  static final class ProductionOnly implements ImportOption {
    @Override
    public boolean includes(com.tngtech.archunit.core.importer.Location location) {
      return !location.contains("/test-classes/");
    }
  }
}
