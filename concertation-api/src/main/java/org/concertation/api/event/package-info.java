/**
 * What happened in a process: one closed family of {@link org.concertation.api.event.Event} values.
 * A process is the fold of its events; they are what a host stores.
 */
@NullMarked
package org.concertation.api.event;

import org.jspecify.annotations.NullMarked;
