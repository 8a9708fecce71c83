/**
 * The one exact rational of the library, {@link org.concertation.core.exact.Q}, shared by the
 * voting, budgeting and position rules wherever a comparison decides; internal to the library.
 */
@NullMarked
package org.concertation.core.exact;

import org.jspecify.annotations.NullMarked;
