/**
 * Durable file output: {@link org.concertation.core.io.AtomicFile} writes a file to a temporary
 * file beside it, forces it to the disk and moves it into place in one atomic step, so that a
 * reader sees the previous file whole or the new one whole, never a part; {@link
 * org.concertation.core.io.AtomicFile.Batch} does the same for several files that must appear
 * together or not at all.
 */
@NullMarked
@CheckReturnValue
package org.concertation.core.io;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
