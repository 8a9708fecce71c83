/**
 * What actors ask of a process: one closed family of {@link org.concertation.api.command.Command}
 * values. Each carries who issues it and when; the state machine turns it into events or a
 * rejection.
 */
@NullMarked
package org.concertation.api.command;

import org.jspecify.annotations.NullMarked;
