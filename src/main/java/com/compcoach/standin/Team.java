package com.compcoach.standin;

/**
 * Who is who in a stand-in workspace: the team, the person who types, and the bot the app runs as.
 *
 * @param botName the bot user's name, which {@code auth.test} reports as {@code user}
 */
public record Team(
    String teamId,
    String teamDomain,
    String appId,
    String userId,
    String userName,
    String botUserId,
    String botId,
    String botName) {

  /** The workspace tests and benchmarks run against. */
  public static final Team TEST = new Team("T0TEAM", "acme", "A0APP", "U0PAT", "pat", "U0BOT", "B0BOT", "comp-coach");
}
