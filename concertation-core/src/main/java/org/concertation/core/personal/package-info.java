/**
 * Personal values beside the hash chain: which values of an event are personal and whose they are
 * ({@link org.concertation.core.personal.PersonalValues}, the one list), the salts that seal them
 * ({@link org.concertation.core.personal.Salts}), and the erasure of one actor's values ({@link
 * org.concertation.core.personal.Erasure}) from a log, a database or an in-memory store, keeping
 * the chain and its head hash.
 *
 * <p>A stored event commits to each personal value by its salted digest ({@link
 * org.concertation.api.domain.PersonalText}); the text and its salt are kept in an erasable part,
 * keyed by the stream, the event's version and the value's field. Erasing them leaves the digest
 * alone: the chain still verifies, the history still replays, and the value reads as erased.
 */
@NullMarked
@CheckReturnValue
package org.concertation.core.personal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
