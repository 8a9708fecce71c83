/**
 * The public report of a process (in French practice, the <i>bilan de la concertation</i>), built
 * from its events alone, in Markdown and as a self-contained HTML page: {@link
 * org.concertation.core.report.PublicReport}; and {@link
 * org.concertation.core.report.CharterDiagram}, a Mermaid diagram of a charter's phases and
 * transitions. The report reads the process through its {@link
 * org.concertation.core.history.ProcessHistory} and only renders its typed facts.
 */
@NullMarked
package org.concertation.core.report;

import org.jspecify.annotations.NullMarked;
