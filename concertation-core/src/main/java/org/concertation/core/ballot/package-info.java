/**
 * Ballot rounds: how a round's {@link org.concertation.api.decision.BallotRule} maps to the
 * standalone voting and budgeting rules ({@link org.concertation.core.ballot.BallotRules}), how the
 * ballots of a round are counted ({@link org.concertation.core.ballot.BallotCount}), and how a
 * closed round is recounted from its events alone, with its whole explanation ({@link
 * org.concertation.core.ballot.BallotRounds}).
 */
@NullMarked
@CheckReturnValue
package org.concertation.core.ballot;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
