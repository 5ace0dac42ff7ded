package com.compcoach.coach;

/** The help text: what the coach does and the phrasings it understands. */
final class Usage {

  static final String TEXT = String.join("\n",
      "I coach compensation negotiations from the guides in my library.",
      "• /comp ml-ai-engineer charlotte: the bands, the Negotiate-Up target and lever wording for a role in a region",
      "• /comp ml-ai-engineer charlotte 180k base 50k rsu 40k bonus: where your offer stands, and a counteroffer",
      "• /comp compare ml-ai-engineer detroit charlotte new york: regions side by side",
      "• /comp forget: I delete the conversations you started in this channel",
      "Then, in the thread: \"200k RSU over 4 years\", \"15% bonus\", \"5/15/40/40 vesting\", "
          + "\"competing offer of 400k TC from Stripe\", \"my walk-away is 240k\" (in a DM), "
          + "\"they came back with 190k base\", \"what about new york?\", \"why?\", \"lever 2\", "
          + "\"compare detroit and charlotte\", \"start over\".",
      "• Paste your offer letter in the thread (or share it as a PDF or text file) and I read it into the offer; then "
          + "\"year by year\", \"email\" for a counteroffer email, \"call script\" for the call, \"more time\" to ask for an extension.",
      "• \"practice\" in the thread: I play the recruiter and score each answer against the rules; \"stop practice\" "
          + "ends it.");

  static final String NUDGE = "I didn't catch a figure or a question there. Try an offer (\"180k base, 50k rsu, "
      + "40k bonus\"), \"why?\", \"lever 2\", \"what about new york?\" or \"help\".";

  private Usage() {}
}
