/**
 * The public API of Concertation: the {@link org.concertation.api.Decider} contract of the process
 * state machine. Domain values live in sub-packages.
 */
@NullMarked
package org.concertation.api;

import org.jspecify.annotations.NullMarked;
