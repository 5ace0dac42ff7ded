package com.compcoach.coach;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Who the coach is talking to in a thread, and the note its last answer offered to write.
 *
 * @param company true once the thread speaks for the company ("our offer", "how high can we go", "I'm the
 *                recruiter"): answers give the band, where the offer sits and what a candidate will likely ask,
 *                never a candidate's ask to send or a candidate's walk-away
 * @param note    the note the last answer was about ("follow up", "more time"), so "what do i write" writes that
 *                one; null when the last answer offered none
 * @param baseAsk the candidate's ask on base as the company's side told it ("she's asking for 190"), a year's amount,
 *                so the company's own move is weighed against it; null when none was told
 * @param signOnAsk the candidate's ask for a sign-on told beside the base ask ("190 and a 20k signing"); null if none
 * @param ceiling the most the company's side said it may pay on base ("HM approved up to 184"), so a later move past
 *                it is flagged; null when none was said
 * @param whatIf  the ask the candidate just weighed ("what if i ask for 215?"), so "write that email" asks it; kept
 *                with the {@link Note#WHAT_IF} note only
 * @param proposed the base one of the company's side just proposed and had weighed ("I'd go 185"), so a cap said next
 *                ("no, 178 max") weighs both; kept with the {@link Note#PROPOSED} note only
 */
public record Voice(boolean company, Note note, @JsonInclude(JsonInclude.Include.NON_NULL) Long baseAsk,
                    @JsonInclude(JsonInclude.Include.NON_NULL) Long signOnAsk,
                    @JsonInclude(JsonInclude.Include.NON_NULL) Long ceiling,
                    @JsonInclude(JsonInclude.Include.NON_NULL) Counteroffer whatIf,
                    @JsonInclude(JsonInclude.Include.NON_NULL) Long proposed) {

  /** A voice with no ask heard yet. */
  public Voice(boolean company, Note note) {
    this(company, note, null, null, null, null, null);
  }

  /** A voice with a base ask and no sign-on ask or ceiling heard yet. */
  public Voice(boolean company, Note note, Long baseAsk) {
    this(company, note, baseAsk, null, null, null, null);
  }

  /** A note an answer offers to write, other than the counter email. */
  public enum Note { FOLLOW_UP, EXTENSION, REOPEN, DEADLINE, PULLED, DECLINED, ACCEPTING, SIGNED, WHAT_IF,
    /** "my manager offered to match" with no figures: "stay or go?" next weighs staying at a match of this offer. */
    STAY_MATCH,
    /** The packages were just given: "which one would you pick?" next picks one of them. */
    PACKAGES,
    /** One of the team just proposed a base ("I'd go 185"): a cap said next weighs it. */
    PROPOSED }

  static final Voice COMPANY = new Voice(true, null);

  Voice withNote(Note next) {
    return new Voice(company, next, baseAsk, signOnAsk, ceiling, next == Note.WHAT_IF ? whatIf : null,
        next == Note.PROPOSED ? proposed : null);
  }

  /** The base ask told now, with the sign-on asked beside it (null: none asked this time). */
  Voice withAsk(Long ask, Long signOn) {
    return new Voice(company, note, ask, signOn, ceiling, whatIf, proposed);
  }

  Voice withCeiling(Long most) {
    return new Voice(company, note, baseAsk, signOnAsk, most, whatIf, proposed);
  }

  /** The ask just weighed as a what-if, with its note, so the next message can write it. */
  Voice withWhatIf(Counteroffer ask) {
    return new Voice(company, Note.WHAT_IF, baseAsk, signOnAsk, ceiling, ask, null);
  }

  /** The base just proposed by one of the team, with its note, so the next message can weigh it. */
  Voice withProposed(long base) {
    return new Voice(company, Note.PROPOSED, baseAsk, signOnAsk, ceiling, null, base);
  }
}
