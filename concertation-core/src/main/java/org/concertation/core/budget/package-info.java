/**
 * Participatory budgeting on approval ballots: greedy, the Method of Equal Shares and sequential
 * Phragmén, exact and explained, with a reader for Pabulib files.
 *
 * <pre>{@code
 * BudgetElection election = Pabulib.read(Path.of("Poland_Warszawa_2023_Zoliborz.pb"));
 * BudgetOutcome outcome = BudgetRule.equalShares(Utility.COST).withGreedyCompletion(true).apply(election);
 * outcome.selected();     // funded project ids, in the order chosen
 * outcome.ties();         // every tie broken by string order of ids
 * outcome.explanation();  // readable account
 * }</pre>
 *
 * <p>The rules behave as in pabutools, the reference implementation: arithmetic is exact, ties go
 * to the project id first in string order.
 */
@NullMarked
@CheckReturnValue
package org.concertation.core.budget;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
