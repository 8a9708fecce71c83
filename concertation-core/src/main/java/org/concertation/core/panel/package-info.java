/**
 * Citizens' panels: fair stratified sortition with a verifiable draw.
 *
 * <p>A {@link org.concertation.core.panel.Pool} of volunteers and {@link
 * org.concertation.core.panel.Quota quotas} are read from the Sortition Foundation's files ({@code
 * respondents.csv}, {@code categories.csv}); {@link org.concertation.core.panel.Panels} computes,
 * with one {@link org.concertation.core.panel.Algorithm}, an {@link
 * org.concertation.core.panel.Allocation}: a probability distribution over the panels that meet the
 * quotas, each volunteer's chance of selection and, for MAXIMIN and LEXIMIN, a {@link
 * org.concertation.core.panel.Certificate} of optimality that anyone can check; a {@link
 * org.concertation.core.panel.Draw} then picks one panel from a seed that can be published first,
 * and anyone can redo it.
 *
 * <pre>{@code
 * ImmutableList<Quota> quotas = Quota.read(Path.of("categories.csv"));
 * Pool pool = Pool.read(Path.of("respondents.csv"), quotas, Optional.empty());
 * Allocation allocation = Panels.allocate(pool, quotas, 20, Algorithm.LEXIMIN);
 * allocation.minimum();                          // the lowest chance of selection
 * Draw draw = Draw.of(pool, quotas, allocation, 2026L);
 * draw.panel();                                  // the ids drawn
 * draw.verify(pool, quotas, allocation);         // empty: the draw is reproduced
 * }</pre>
 *
 * <p>The algorithms are those of Flanigan, Gölz, Gupta, Hennig and Procaccia, <i>Fair algorithms
 * for selecting citizens' assemblies</i>, Nature 596 (2021). The linear and integer programs are
 * solved by OR-Tools (GLOP and SCIP), an optional dependency of concertation-core: a host that uses
 * this package declares {@code com.google.ortools:ortools-java} itself.
 */
@NullMarked
@CheckReturnValue
package org.concertation.core.panel;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
