/**
 * The concertation state machine: {@link org.concertation.core.process.ConcertationDecider} decides
 * commands and evolves {@link org.concertation.core.process.ProcessState}, pure and deterministic;
 * {@link org.concertation.core.process.ProcessService} runs processes kept in an event store.
 *
 * <h2>The rules it applies</h2>
 *
 * <p>Before anything else, a command is refused once the process is closed or abandoned ({@code
 * ProcessEnded}) and when it is dated before the last event ({@code TimeWentBack}). Then each
 * command needs its issuer registered, its activity to belong to the current phase ({@code
 * WrongPhase}), a grant of the charter for the issuer's role and kind ({@code NotPermitted}) and,
 * where the deadline binds the activity ({@link
 * org.concertation.api.charter.Activity#boundByDeadline all but moving on, chairing and governing})
 * and to open a round, the phase's deadline not passed ({@code DeadlinePassed}). These three
 * refusals name the command refused.
 *
 * <ul>
 *   <li><b>Registration.</b> The first actor registers itself as project owner. Later an actor
 *       joins by itself as a participant (activity {@code JOIN}) or is registered, with any role,
 *       by someone granted {@code REGISTER}. Without a named college it joins the first college
 *       open to its kind; a named college must be open to its kind.
 *   <li><b>Diagnosis.</b> Contributions may cite identified stakes; proposals may only address
 *       validated ones. The diagnosis is <i>shared</i>, and the process may leave it, once every
 *       kind the charter names has contributed and at least one stake is validated.
 *   <li><b>Proposals.</b> An open proposal that is not on the open round's agenda may be amended (a
 *       new version), merged with others (a new proposal whose authors are all of theirs) or
 *       withdrawn by one of its authors. Negotiation starts only with an open proposal.
 *   <li><b>Rounds.</b> One round is open at a time, within the charter's round limit, on an agenda
 *       of open proposals, under the rule the charter sets for its number. Each actor granted
 *       {@code TAKE_POSITION} takes at most one position per proposal and round. Closing the round
 *       applies the rule to each proposal (the electorate is every member granted {@code
 *       TAKE_POSITION}): adopted, rejected, or carried to the next round when blocked by a reasoned
 *       objection, short of quorum or tied under carry-over; carried proposals are rejected after
 *       the last round the charter allows.
 *   <li><b>Ballot rounds.</b> A round the charter decides by a ballot rule counts ballots over its
 *       whole agenda instead: each actor granted {@code TAKE_POSITION} casts one ballot ({@code
 *       CastBallot}; a later one replaces it only where the charter says so, else {@code
 *       AlreadyVoted}), of the kind the rule counts ({@code WrongBallotKind}), naming only
 *       proposals of the agenda ({@code NotOnAgenda}), none twice ({@code RankedTwice}), grades on
 *       the scale for every proposal ({@code GradeOffScale}, {@code IncompleteBallot}); no position
 *       is taken in it ({@code BallotRound}) and no ballot in a position round ({@code
 *       PositionRound}). A budget round opens only on proposals with whole costs ({@code
 *       CostNeeded}). Closing it runs the standalone rule ({@code core.ballot}): chosen proposals
 *       are adopted, the others rejected; short of the rule's quorum (voters who cast a ballot,
 *       overall and per college) or on a tie the rule flags, the agenda is carried, and after the
 *       last round only what was chosen beyond doubt is adopted.
 *   <li><b>Answers.</b> The project owner answers each proposal once. Where the charter does not
 *       let it overrule decisions, it answers only once no round can decide the proposal any more
 *       ({@code NotDecidedYet}) and may not decline an adopted one ({@code OverruleForbidden}).
 *       Where the charter owes answers, the process closes only when every proposal not withdrawn
 *       or merged has one.
 *   <li><b>Action.</b> Objectives come from adopted proposals the owner did not decline; actions
 *       serve objectives; commitments bring money, hours, competences or material. The process
 *       leaves the action phase only when each action has carriers of at least the number of kinds
 *       the charter requires.
 *   <li><b>Evaluation.</b> Criteria are defined by whoever the charter grants; each actor rates
 *       each criterion once; indicators compare expected and observed values.
 *   <li><b>Moving on.</b> Phases follow the charter's order; a phase the charter lets reopen may be
 *       reopened from a later one, with no round open. The process closes from its last phase.
 * </ul>
 */
@NullMarked
@CheckReturnValue
package org.concertation.core.process;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
