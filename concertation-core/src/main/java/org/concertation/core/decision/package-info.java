/**
 * The decision rules for positions: {@link org.concertation.core.decision.PositionRules} applies a
 * {@link org.concertation.api.decision.DecisionRule} to the positions taken on a proposal and
 * returns an explainable {@link org.concertation.api.decision.Outcome}. Pure functions with exact
 * arithmetic: the same positions always give the same outcome, and can be recounted under another
 * rule.
 */
@NullMarked
package org.concertation.core.decision;

import org.jspecify.annotations.NullMarked;
