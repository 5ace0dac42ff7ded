package com.compcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Which workspace a request's conversations are kept under, as Bolt keys installations. */
class WorkspaceTest {

  @Test
  void of_orgWideInstallWithoutTeam_isTheOrganisation() {
    assertEquals("E0GRID", Workspace.of(null, "E0GRID", true));
  }

  @Test
  void of_orgWideInstallNamingATeamToo_isTheOrganisationForEveryEntryPoint() {
    assertEquals("E0GRID", Workspace.of("T0ONE", "E0GRID", true));
  }

  @Test
  void of_workspaceInstallInAnOrganisation_isTheTeam() {
    assertEquals("T0ONE", Workspace.of("T0ONE", "E0GRID", false));
  }

  @Test
  void of_organisationAloneWithoutTheMark_isTheOrganisation() {
    assertEquals("E0GRID", Workspace.of("", "E0GRID", false));
  }

  @Test
  void of_neitherTeamNorOrganisation_isNull() {
    assertNull(Workspace.of(null, " ", true));
  }
}
