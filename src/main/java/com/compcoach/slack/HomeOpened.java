package com.compcoach.slack;

import com.compcoach.coach.Reply;
import com.compcoach.coach.Venue;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppHomeOpenedEvent;

/** The App Home tab opened: publishes how to use the bot and the user's recent lookups. */
final class HomeOpened implements BoltEventHandler<AppHomeOpenedEvent> {

  private final Crew crew;
  private final HomeView home;
  private final RecentLookups recent;

  HomeOpened(Crew crew, HomeView home, RecentLookups recent) {
    this.crew = crew;
    this.home = home;
    this.recent = recent;
  }

  @Override
  public Response apply(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext context) {
    AppHomeOpenedEvent event = payload.getEvent();
    if (event == null || event.getUser() == null || (event.getTab() != null && !"home".equals(event.getTab()))) {
      return context.ack();
    }
    String teamId = payload.getTeamId();
    String userId = event.getUser();
    crew.work().execute(() -> {
      Reply help = crew.coach().open("help", Venue.DIRECT_MESSAGE).reply();
      String usage = help instanceof Reply.Text text ? text.text() : "";
      crew.api().publishHome(userId, home.view(usage, recent.of(teamId, userId)));
    });
    return context.ack();
  }
}
