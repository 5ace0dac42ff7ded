package com.compcoach.slack;

import com.compcoach.coach.Coach;
import com.compcoach.coach.EventLedger;
import java.util.concurrent.Executor;

/**
 * What every listener works with, built once in {@link SlackApp}.
 *
 * @param work where listeners run everything that calls Slack, after the ack
 */
record Crew(Coach coach, Conversations conversations, Delivery delivery, Executor work, EventLedger ledger,
            SlackMetrics metrics, ReplyRenderer renderer, OfferModal modal, WebApi api, RecentAnswers answers) {}
