/**
 * Event stores: {@link org.concertation.core.store.InMemoryEventStore}, a thread-safe {@link
 * org.concertation.api.store.EventStore} in memory with optimistic concurrency, and {@link
 * org.concertation.core.store.ObservedEventStore}, which tells {@link
 * org.concertation.core.store.AppendListener}s of each successful append.
 */
@NullMarked
package org.concertation.core.store;

import org.jspecify.annotations.NullMarked;
