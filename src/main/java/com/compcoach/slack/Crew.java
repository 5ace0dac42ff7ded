package com.compcoach.slack;

import com.compcoach.coach.Coach;
import com.compcoach.coach.EventLedger;

/**
 * What every listener works with, built once in {@link SlackApp}.
 *
 * @param work  where listeners run everything that calls Slack, after the ack (never making the ack wait)
 * @param reminders keeps a thread's scheduled deadline reminders in line with its conversation
 * @param drafts    each user's last emails and scripts, for their App Home
 * @param turns where messages in a thread wait for that thread's earlier turns, one at a time, in order
 */
record Crew(Coach coach, Conversations conversations, Delivery delivery, GuardedWork work, TurnQueue turns,
            EventLedger ledger, SlackMetrics metrics, ReplyRenderer renderer, OfferModal modal, WebApi api,
            RecentAnswers answers, ScheduledReminders reminders, RecentDrafts drafts) {}
