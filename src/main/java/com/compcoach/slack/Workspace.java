package com.compcoach.slack;

import com.slack.api.app_backend.events.payload.Authorization;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workspace a request speaks for, keyed as Bolt keys installations: an org-wide (Enterprise Grid) install by its
 * organisation, whose commands may name no team, and any other install by its team. Every entry point of one install
 * so keys its conversations alike, and a request that names neither is answered without keeping anything.
 */
final class Workspace {

  private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);

  /** What the one who typed a command naming no workspace is told; nothing is looked up or kept. */
  static final String UNNAMED = "I couldn't tell which Slack workspace that came from, so I kept nothing. "
      + "Please try again; if it keeps happening, ask whoever runs comp-coach to reinstall it.";

  private Workspace() {}

  /**
   * The organisation for an org-wide install, else the team, else the organisation; null when neither is given.
   *
   * @param orgWide whether Slack marked the request {@code is_enterprise_install}
   */
  static String of(String teamId, String enterpriseId, boolean orgWide) {
    if (orgWide && given(enterpriseId)) {
      return enterpriseId;
    }
    if (given(teamId)) {
      return teamId;
    }
    return given(enterpriseId) ? enterpriseId : null;
  }

  static String of(SlashCommandPayload p) {
    return of(p.getTeamId(), p.getEnterpriseId(), p.isEnterpriseInstall());
  }

  /** An event's: an org-wide install says so in its authorization, not at the top of the envelope. */
  static String of(EventsApiPayload<?> p) {
    return of(p.getTeamId(), p.getEnterpriseId(), orgWide(p.getAuthorizations()));
  }

  /** A click's: an org-wide install sends {@code "team": null} beside {@code enterprise}. */
  static String of(BlockActionPayload p) {
    return of(p.getTeam() == null ? null : p.getTeam().getId(),
        p.getEnterprise() == null ? null : p.getEnterprise().getId(), p.isEnterpriseInstall());
  }

  static boolean orgWide(List<Authorization> authorizations) {
    return authorizations != null && !authorizations.isEmpty() && authorizations.get(0) != null
        && Boolean.TRUE.equals(authorizations.get(0).getIsEnterpriseInstall());
  }

  /** One line, no trace and no request text: which kind of request came without a workspace, and that it was let go. */
  static void unnamed(String request) {
    LOG.warn("{} named no team_id or enterprise_id: answered without keeping anything", request);
  }

  private static boolean given(String id) {
    return id != null && !id.isBlank();
  }
}
