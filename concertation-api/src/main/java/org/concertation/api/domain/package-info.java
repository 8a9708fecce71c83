/**
 * Immutable domain values of a concertation: actors and their kinds and roles, colleges, stakes,
 * diagnosis contributions, proposals and their versions, positions, objectives, actions,
 * commitments, evaluation criteria, ratings and indicators.
 *
 * <p>Every value validates its arguments at construction and rejects {@code null}; messages quote
 * the bad value.
 */
@NullMarked
package org.concertation.api.domain;

import org.jspecify.annotations.NullMarked;
