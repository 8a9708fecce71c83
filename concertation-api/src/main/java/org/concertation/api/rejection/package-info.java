/**
 * Why the state machine refused a command: one closed family of {@link
 * org.concertation.api.rejection.Rejection} values. A refused command changes nothing.
 */
@NullMarked
package org.concertation.api.rejection;

import org.jspecify.annotations.NullMarked;
