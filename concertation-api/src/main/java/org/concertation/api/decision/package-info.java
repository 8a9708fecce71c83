/**
 * Decision rules for positions: what a rule is ({@link org.concertation.api.decision.DecisionRule},
 * with its {@link org.concertation.api.decision.Quorum} and {@link
 * org.concertation.api.decision.TieBreak}), who may vote ({@link
 * org.concertation.api.decision.Electorate}) and what it decided, with the full tally ({@link
 * org.concertation.api.decision.Outcome}). The rules themselves are applied in {@code
 * org.concertation.core.decision}.
 *
 * <p>Ballot rounds: a {@link org.concertation.api.decision.BallotRule} (with its {@link
 * org.concertation.api.decision.GradeScale} or {@link org.concertation.api.decision.BudgetTerms})
 * describes how a round counts ballots over its agenda; the core maps it to the standalone voting
 * and budgeting rules in {@code org.concertation.core.ballot}.
 */
@NullMarked
package org.concertation.api.decision;

import org.jspecify.annotations.NullMarked;
