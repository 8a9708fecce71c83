/** Exact arithmetic shared by the voting and budgeting rules; internal to the library. */
@NullMarked
package org.concertation.core.exact;

import org.jspecify.annotations.NullMarked;
