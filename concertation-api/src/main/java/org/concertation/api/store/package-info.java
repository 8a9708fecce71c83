/**
 * Persistence of process events: the {@link org.concertation.api.store.EventStore} interface, with
 * streams of {@link org.concertation.api.store.StoredEvent versioned events} and optimistic
 * concurrency ({@link org.concertation.api.store.ConcurrencyConflictException}). The host brings
 * its own store behind the interface; {@code org.concertation.core.store} has one in memory.
 */
@NullMarked
package org.concertation.api.store;

import org.jspecify.annotations.NullMarked;
