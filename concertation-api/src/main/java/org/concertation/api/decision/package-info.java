/**
 * Decision rules for positions: what a rule is ({@link org.concertation.api.decision.DecisionRule},
 * with its {@link org.concertation.api.decision.Quorum} and {@link
 * org.concertation.api.decision.TieBreak}), who may vote ({@link
 * org.concertation.api.decision.Electorate}) and what it decided, with the full tally ({@link
 * org.concertation.api.decision.Outcome}). The rules themselves are applied in {@code
 * org.concertation.core.decision}.
 */
@NullMarked
package org.concertation.api.decision;

import org.jspecify.annotations.NullMarked;
