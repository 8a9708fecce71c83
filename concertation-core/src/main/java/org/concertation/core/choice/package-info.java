/**
 * Voting rules for ranked, graded and approval ballots, with readers for real data.
 *
 * <h2>Ranked ballots</h2>
 *
 * <p>A {@link org.concertation.core.choice.Profile} holds {@link
 * org.concertation.core.choice.RankedBallot}s (weak orders; missing candidates tied last). A {@link
 * org.concertation.core.choice.RankedRule} counts them: plurality, Borda, Copeland, Schulze
 * (margins), ranked pairs (margins), instant-runoff, Kemeny-Young (exact), minimax (margins) and
 * single transferable vote (Droop quota, exact Gregory transfers). The {@link
 * org.concertation.core.choice.PairwiseMatrix} gives the head-to-head counts and the Condorcet
 * winner and loser.
 *
 * <pre>{@code
 * Profile profile = PrefLib.read(Path.of("00005-00000002.toi"));
 * ChoiceOutcome outcome = RankedRule.SCHULZE.apply(profile);
 * outcome.winners();      // [Andy Montroll]
 * outcome.details();      // pairwise matrix, strongest paths...
 * outcome.explanation();  // readable account
 * }</pre>
 *
 * <h2>Graded and approval ballots</h2>
 *
 * <p>A {@link org.concertation.core.choice.GradedProfile} holds integer grades (approval is 0 or
 * 1); a {@link org.concertation.core.choice.GradedRule} counts them: approval, score, majority
 * judgment (Balinski and Laraki's majority value), gradients of agreement.
 *
 * <h2>Outcomes explain themselves</h2>
 *
 * <p>Every rule returns a {@link org.concertation.core.choice.ChoiceOutcome}: winners, full ranking
 * as tiers, a tie flag, details ready for JSON and a readable explanation. Ties are listed, never
 * hidden.
 *
 * <h2>Readers</h2>
 *
 * <p>{@link org.concertation.core.choice.PrefLib} reads PrefLib {@code .soc}, {@code .soi}, {@code
 * .toc} and {@code .toi} files (names from the header); {@link
 * org.concertation.core.choice.PlainBallots} reads the plain formats {@code COUNT: A > B = C},
 * {@code COUNT: A, C} and grade CSV files. A malformed file raises a {@link
 * org.concertation.core.choice.FormatException} naming the file, the line and what was expected.
 */
@NullMarked
@CheckReturnValue
package org.concertation.core.choice;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
