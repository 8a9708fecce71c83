/**
 * How participatory a process is, by design and in fact: the {@linkplain
 * org.concertation.core.analysis.CharterAnalysis participation level of a charter} on the IAP2
 * spectrum and Arnstein's ladder, read off explicit criteria; the {@linkplain
 * org.concertation.core.analysis.RunAnalysis level of a run} read off its events, with the promise
 * gaps between the two; the {@linkplain org.concertation.core.analysis.LogicProfile logic profile}
 * between the mission and the project logic; equity per college; and dated calendar obligations.
 *
 * <p>A run is read through its {@link org.concertation.core.history.ProcessHistory}, the one read
 * model of a process. Everything here is a pure function of a charter, events and explicit dates:
 * no clock, and randomness only from a recorded seed.
 */
@NullMarked
@CheckReturnValue
package org.concertation.core.analysis;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
