/**
 * Scenario files: a process described in JSON (a charter, actors, a list of commands), read by
 * {@link org.concertation.examples.scenario.Scenario} and run through the state machine. The format
 * is documented in {@code scenarios/README.md} among the samples of this jar.
 */
@NullMarked
package org.concertation.examples.scenario;

import org.jspecify.annotations.NullMarked;
