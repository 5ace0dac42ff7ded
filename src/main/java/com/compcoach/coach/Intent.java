package com.compcoach.coach;

/** What one thread message asks for: a closed set, picked by the ordered rules of {@link IntentTable}. */
sealed interface Intent {

  /** "start over": forget the thread. */
  record StartOver() implements Intent {}

  /** "help": what the coach understands. */
  record Help() implements Intent {}

  /** "explain the counter like I'm 5", "in plain english?": the counter said in plain words. */
  record Plainly() implements Intent {}

  /** "is 4% raise normal at my current job?": a raise where the user works now, beside this thread's offer. */
  record RaiseNorm() implements Intent {}

  /** "why?": the last figure explained from its guide lines. */
  record Why() implements Intent {}

  /** "lever 2": one lever, restated for the region. */
  record OneLever(int number) implements Intent {}

  /** "levers", "wording": every lever. */
  record Levers() implements Intent {}

  /** "bands", "the full card": the whole card in the thread. */
  record Bands() implements Intent {}

  /** "compare detroit and charlotte": regions side by side. */
  record Compare() implements Intent {}

  /** "year by year": the counter's first four years, paid and vested, as tables. */
  record Years() implements Intent {}

  /** "call script": what to say on the call, with an answer to each likely pushback. */
  record Call() implements Intent {}

  /** "more time": a note asking to move the letter's deadline, and what is negotiable by when. */
  record Extension() implements Intent {}

  /**
   * "they need an answer by Friday": the deadline, kept, and reminders offered; {@code howLong} when the message asks
   * how long is usual (the table's {@code deadline-how-long} rules).
   */
  record Deadline(boolean howLong) implements Intent {}

  /** "remind me": reminders the day before the deadline and the morning of. */
  record Remind() implements Intent {}

  /** "cancel reminders": the scheduled reminders go. */
  record CancelReminders() implements Intent {}

  /** "they won't move on base": move the ask to what they can move. */
  record BaseFixed() implements Intent {}

  /** "the RSUs are fixed by level": the stock is what they won't move. */
  record StockFixed() implements Intent {}

  /** "the bonus % is fixed company-wide": the bonus is what they won't move. */
  record BonusFixed() implements Intent {}

  /** "they say it's the top of the band": what the band really says. */
  record TopOfBand() implements Intent {}

  /** "what if they say no": the fallback, in order. */
  record IfNo() implements Intent {}

  /** "how do I say it by email": the counteroffer email from {@link ReadyToSend}. */
  record Email() implements Intent {}

  /** "what's my leverage": what the user can point to. */
  record Leverage() implements Intent {}

  /** "how much can I ask for", "what's the aim": the figures to ask for. */
  record AskAim() implements Intent {}

  /** "should I accept", "is this fair": a verdict with its figures. */
  record Accept() implements Intent {}

  /** "so do I walk?", "should I turn it down?": weighed against the user's own line and competing offers. */
  record Walk() implements Intent {}

  /** "I'm comparing two offers": the other offer's figures are asked for. */
  record OtherOffer() implements Intent {}

  /** "I'm in final rounds at Globex": another process with no offer yet, leverage on timing only. */
  record OtherProcess() implements Intent {}

  /** "they agreed": congratulations and what to get in writing. */
  record Agreed() implements Intent {}

  /** "practice": the coach plays the recruiter, each answer is scored ({@link PracticeSession}). */
  record PracticeStart() implements Intent {}

  /** "stop practice", "end practice": the role-play's tally, back to coaching. */
  record PracticeStop() implements Intent {}

  /** "thanks". */
  record Thanks() implements Intent {}

  /** "how do I value the options": what equity is worth and what to ask for to value it. */
  record EquityValue() implements Intent {}

  /** "their range is 170-200k, should I give a number?": anchor at or above its top, from the market. */
  record TheirRange() implements Intent {}

  /** "is that clawback normal?": ask for a pro-rated, shorter repayment. */
  record Clawback() implements Intent {}

  /** "is the relo negotiable?": relocation moves easily and is never weighed as pay. */
  record Relocation() implements Intent {}

  /** "turn the relocation into sign-on": what each is worth, and the wording to fold one into the other. */
  record RelocationAsSignOn() implements Intent {}

  /** "is detroit cheaper to live?": living costs are in no guide; what it can show instead. */
  record CostOfLiving() implements Intent {}

  /** "should I mention my friend's number?": cite the market, not a peer. */
  record PeerPay() implements Intent {}

  /** "is that realistic?", "am I being greedy asking for 220 base?": yes or no with why, from the bands and target. */
  record Realistic() implements Intent {}

  /** "can we do something more modest?": a lower ask that still traces to the guide, kept as the standing ask. */
  record Modest() implements Intent {}

  /** "which one should I push on?" with two offers: the one they'd rather join, the other as leverage. */
  record PushOn() implements Intent {}

  /** "back to the full counter": the guide's counter again, after a more modest one. */
  record FullAsk() implements Intent {}

  /** "what about 401k match?", "what's a cliff?": a term beside the pay, from what the guide holds. */
  record Subject(Topic topic) implements Intent {}

  /** "my manager says they'll match it": today's employer's offer to keep the candidate, weighed beside this one. */
  record StayOffer() implements Intent {}

  /** "recruiter told me max base for the level is 190, is that right?": a claimed cap, weighed against the guide. */
  record ClaimedCap() implements Intent {}

  /** "ok send it": the coach can't send; the candidate does, then waits. */
  record SendForMe() implements Intent {}

  /** "recruiter or the hiring manager?", "should i cc the hiring manager": who the ask goes to. */
  record Counterpart() implements Intent {}

  /** "can i split the sign-on?": the sign-on paid in two parts, and how to ask. */
  record SignOnSplit() implements Intent {}

  /** "will they rescind the offer if I negotiate?": how rare that is and how to ask safely. */
  record Rescind() implements Intent {}

  /** "what should my walk-away be?": what a walk-away is; never asked for in a shared channel. */
  record WalkAwayAdvice() implements Intent {}

  /** "what if they ask my current salary?": keep it private, answer with the market. */
  record CurrentPay() implements Intent {}

  /** "should I mention my other offer?": name it, or only that there is one, by how it compares. */
  record MentionOffer() implements Intent {}

  /** "ok I'll accept", "I'll sign": the user's decision, with what it leaves and how to accept in writing. */
  record Decided() implements Intent {}

  /** "never mind": nothing changes, and how to fix a figure. */
  record NeverMind() implements Intent {}

  /** "isn't that illegal?": the coach holds no law; where to find it, and what the user can do either way. */
  record Law() implements Intent {}

  /** "can I negotiate after accepting?": reopening a yes, and when it is fair. */
  record AfterAccepting() implements Intent {}

  /** "I want a raise at my current job": pay where the user is, argued from the same market as an offer. */
  record Raise() implements Intent {}

  /** "make it shorter": the counteroffer email in three sentences. */
  record Shorter() implements Intent {}

  /** "how do I say that without sounding difficult?": how an ask reads as warm and firm. */
  record Tone() implements Intent {}

  /** "is that a red flag?": a pressed deadline is a tactic; how to ask for time. */
  record Pressure() implements Intent {}

  /** "I haven't heard back": silence is normal; one follow-up, with its note. */
  record FollowUp() implements Intent {}

  /**
   * "if they only move on one thing, which?": base first, with its figure; {@code stockOrBonus} when the message names
   * the stock and the bonus and not the base ("should I push on stock or bonus?").
   */
  record Priority(boolean stockOrBonus) implements Intent {}

  /** "why not a round number?": why every ask is a precise figure. */
  record Precise() implements Intent {}

  /** "should I negotiate?": the verdict with an offer; before one, yes and how to start. */
  record Negotiate() implements Intent {}

  /** "it's a verbal offer, should I wait for the written one?": negotiate now, accept only in writing. */
  record Verbal() implements Intent {}

  /** "this is so stressful": said back as a person would, with one step to take now. */
  record Feelings() implements Intent {}

  /** "which is better?", "which should I take?": two offers weighed against each other. */
  record Which() implements Intent {}

  /** "forget the Meta offer, it fell through": the competing offer goes, and the counter with it. */
  record DropCompeting() implements Intent {}

  /** "sent the counter yesterday", "I countered": wait for their answer, and how long before following up. */
  record Sent() implements Intent {}

  /** "can you make it more formal?": the email with a formal greeting and close. */
  record Formal() implements Intent {}

  /** "make it less formal": the short email in a casual register, the same figures. */
  record Casual() implements Intent {}

  /** "how much is that per month after tax?": no net figure (no taxes in a guide); pay before tax by month. */
  record TakeHome() implements Intent {}

  /** "is it better as sign-on or more rsus?": cash once or stock that vests, for what the user leaves behind. */
  record MakeWhole() implements Intent {}

  /** "what do other people at this level make?": the role's band and where the offer sits, never anyone's pay. */
  record Peers() implements Intent {}

  /** "where do your numbers come from?", "how sure are you about the band": the guide's rows and sources. */
  record Sources() implements Intent {}

  /** "what do google and meta pay for this?": another company's pay, which the guide does not hold. */
  record OtherCompanies() implements Intent {}

  /** "how much do ml engineers make in austin?": a place's pay, from the guide's regions or none. */
  record Place() implements Intent {}

  /** "write the email and mention the other offer without naming the company": the email, no company named. */
  record UnnamedOffer() implements Intent {}

  /** "can we close her without going above 210 base?": the company's base cap weighed, never stored. */
  record Capped() implements Intent {}

  /** "what's the chance they say yes?": no odds, what makes a yes likelier. */
  record Odds() implements Intent {}

  /** "can you write it in German?": the email is written in English only, with its figures to keep. */
  record Language() implements Intent {}

  /** No rule matched: figures, a region, a role, or the polite default. */
  record Other() implements Intent {}

  /** "and the bonus?", "what about the stock?": one part of the offer, offered and asked. */
  record Part(com.compcoach.guide.Component part) implements Intent {}

  /** "they rescinded the offer", "they lowered the offer after I countered": it happened; what to do now. */
  record Pulled() implements Intent {}

  /** "they went with an internal candidate instead": the company passed on the user; kindly, never congratulations. */
  record PassedOver() implements Intent {}

  /** "is it better to negotiate over email or phone?": both, each for what it does best. */
  record Medium() implements Intent {}

  /** "how long should I wait before I reply?": thank them now, counter within a day or two. */
  record ReplyWhen() implements Intent {}

  /** "in bullet points pls": the ask part by part, beside what they offered. */
  record Bullets() implements Intent {}

  /** "everyone at this level accepted this exact package", "is that a tactic?": a claim checked against the guide. */
  record Claim() implements Intent {}

  /** "and if they meet me halfway?": each part halfway between their offer and the ask, never stored. */
  record Halfway() implements Intent {}

  /** "can I just ask for 10% more across the board?": the offer raised by that percent, against the counter. */
  record PercentMore() implements Intent {}

  /** "how far off the target am i?": their offer against the target, the band's top and the ask. */
  record Gap() implements Intent {}

  /** "in percent?": the ask over their offer, in percent. */
  record InPercent() implements Intent {}

  /** "how do i turn them down nicely?": wording to decline, with no counter in it. */
  record Decline() implements Intent {}

  /** "can i use this offer to get more from stripe?": this offer as leverage with the other company. */
  record Elsewhere() implements Intent {}

  /** "does asking for the start date hurt my money ask?": both asks in one message, the figures first. */
  record BothAsks() implements Intent {}

  /** "is it rude to counter twice?", "how many times can i counter?": once, then once more after their answer. */
  record Rounds() implements Intent {}

  /** "tl;dr?": the thread in two or three lines, the same figures. */
  record Summary() implements Intent {}

  /** "how do i ask for a review in 6 months?": a dated review in writing, with its figure, beside money now. */
  record Review() implements Intent {}

  /** "they want to see the other offer letter as proof": no duty to show it, what to share, never a bluff. */
  record Proof() implements Intent {}
  /** "give me a couple of options": packages to ask for, each from the thread's figures and the guide. */
  record Packages() implements Intent {}
  /** "was that a mistake?" after the user says what they did: what it costs, and what to do now. */
  record Mistake() implements Intent {}
  /** "make it sound less desperate": the short email, brief and sure, the same figures. */
  record Confident() implements Intent {}
  /**
   * "what did I tell you the base was?", "and the total?": the figure the thread holds for that part (null: the whole
   * offer), said back from the user's own words.
   */
  record Recall(com.compcoach.guide.Component part) implements Intent {}
  /** "they came back", "I heard back": their answer asked for, its figures or their no. */
  record HeardBack() implements Intent {}
  /** "undo that": no change is taken back by a guess; the figures as held, and how to set one right. */
  record Undo() implements Intent {}
  /** "should I wait for the equity before countering?": the missing part asked for first, then one counter. */
  record WaitToCounter() implements Intent {}
  /** "Ally is my first choice though": leverage kept to oneself, said so. */
  record FirstChoice() implements Intent {}
  /**
   * "google gave me the same offer but with more stock": another offer told by its difference on {@code part} (null:
   * none named), asked for its figure; nothing recorded.
   */
  record SameBut(com.compcoach.guide.Component part) implements Intent {}
  /** "?", "wait what" after an answer: which part to explain, asked. */
  record Unclear() implements Intent {}
  /** "which one would you pick?" after the packages: the one to open with. */
  record PickPackage() implements Intent {}
}
