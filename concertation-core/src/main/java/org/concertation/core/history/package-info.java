/**
 * One typed read model of a process, built once from its events: {@link
 * org.concertation.core.history.ProcessHistory}. It holds who took part, the phases with their
 * dates, the diagnosis, every proposal with its versions, merges, withdrawal, decisions and answer,
 * the rounds with their rules, positions and outcomes, the objections and what became of them, and
 * the objectives, actions, commitments, indicators, criteria and ratings.
 *
 * <p>The public report, the run analysis and the examples read a process through this model; they
 * render its typed facts (Markdown, HTML, tables, dates) at the edge and re-derive nothing from
 * events or text. A new kind of event is added in one place: the package-private projector, one
 * method per event.
 */
@NullMarked
@CheckReturnValue
package org.concertation.core.history;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
