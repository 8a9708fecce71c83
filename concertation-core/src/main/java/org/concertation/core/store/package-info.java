/**
 * Event stores: {@link org.concertation.core.store.InMemoryEventStore}, a thread-safe {@link
 * org.concertation.api.store.EventStore} in memory with optimistic concurrency.
 */
@NullMarked
package org.concertation.core.store;

import org.jspecify.annotations.NullMarked;
