/**
 * Simulation for researchers: seeded territories ({@link
 * org.concertation.core.simulation.Territory}), simulated actors that issue the same commands as
 * people do through the state machine ({@link org.concertation.core.simulation.Simulation}),
 * metrics per run ({@link org.concertation.core.simulation.RunMetrics}, {@link
 * org.concertation.core.simulation.Welfare}) and reproducible batches over a parameter grid ({@link
 * org.concertation.core.simulation.Batch}).
 *
 * <p>Every random draw comes from a {@link java.util.SplittableRandom} seeded by the run's seed; no
 * clock is read: time comes with the commands, from a fixed start.
 */
@NullMarked
@CheckReturnValue
package org.concertation.core.simulation;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
