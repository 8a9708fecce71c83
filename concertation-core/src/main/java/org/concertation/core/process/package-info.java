/**
 * The concertation state machine: {@link org.concertation.core.process.ConcertationDecider} decides
 * commands and evolves {@link org.concertation.core.process.ProcessState}, pure and deterministic;
 * {@link org.concertation.core.process.ProcessService} runs processes kept in an event store.
 */
@NullMarked
@CheckReturnValue
package org.concertation.core.process;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
