package com.compcoach.slack;

import com.compcoach.coach.Reply;
import com.compcoach.coach.Venue;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppHomeOpenedEvent;

/** The App Home tab opened: publishes how to use the bot, the user's recent lookups and their texts to send. */
final class HomeOpened implements BoltEventHandler<AppHomeOpenedEvent> {

  private final Crew crew;
  private final HomeView home;
  private final RecentLookups recent;
  private final RecentDrafts drafts;

  HomeOpened(Crew crew, HomeView home, RecentLookups recent, RecentDrafts drafts) {
    this.crew = crew;
    this.home = home;
    this.recent = recent;
    this.drafts = drafts;
  }

  @Override
  public Response apply(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext context) {
    AppHomeOpenedEvent event = payload.getEvent();
    if (event == null || event.getUser() == null || (event.getTab() != null && !"home".equals(event.getTab()))) {
      return context.ack();
    }
    String teamId = Workspace.of(payload);
    String userId = event.getUser();
    crew.work().execute(() -> {
      Reply help = crew.coach().open("help", Venue.DIRECT_MESSAGE).reply();
      String usage = help instanceof Reply.Text text ? text.text() : "";
      crew.api().publishHome(userId, home.view(usage, recent.of(teamId, userId), drafts.of(teamId, userId)));
    });
    return context.ack();
  }
}
