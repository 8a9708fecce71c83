/**
 * Texts for readers, in English and French: {@link org.concertation.core.text.Texts} reads a
 * message bundle of one language and formats its messages ({@link java.text.MessageFormat}, with
 * choice formats for plurals), dates in a time zone the host chooses, numbers and money in the
 * language's format, and the labels of the enums a reader sees; {@link
 * org.concertation.core.text.RejectionText} says a {@link org.concertation.api.rejection.Rejection}
 * in either language.
 *
 * <p>The bundle of the library is {@code org/concertation/core/text/messages.properties} (English)
 * beside {@code messages_fr.properties} (French): one key per fact a reader is told, the same keys
 * in both files; a host or a module adds its own bundle through {@link
 * org.concertation.core.text.Texts#with(Class, String)}, looked up first.
 */
@NullMarked
@CheckReturnValue
package org.concertation.core.text;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
