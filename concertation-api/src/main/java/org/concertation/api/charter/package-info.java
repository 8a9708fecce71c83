/**
 * The rules of one process: its {@link org.concertation.api.charter.Charter} says which phases
 * exist, who may do what in each ({@link org.concertation.api.charter.Grant} of an {@link
 * org.concertation.api.charter.Activity}), which decision rule and quorum each round uses, the
 * round limit, the deadlines, and which phases may be reopened.
 */
@NullMarked
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true))
package org.concertation.api.charter;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
