package org.concertation.core.report;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.concertation.api.charter.Charter;
import org.concertation.api.domain.Phase;

/**
 * A Mermaid state diagram of a charter: its phases in order, the advance from each to the next, the
 * reopenings it allows, closing from the last phase and abandoning from any.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CharterDiagram {
  private CharterDiagram() {}

  /**
   * The diagram, in Mermaid's {@code stateDiagram-v2} syntax, one statement a line.
   *
   * @param charter the charter
   * @return the diagram's text
   */
  public static String mermaid(Charter charter) {
    checkNotNull(charter, "charter must not be null");
    List<Phase> phases = charter.phases();
    StringBuilder out = new StringBuilder("stateDiagram-v2\n");
    out.append("    %% charter: ").append(charter.name().replace("\n", " ")).append("\n");
    out.append("    [*] --> ").append(phases.get(0)).append("\n");
    for (int i = 0; i + 1 < phases.size(); i++) {
      out.append("    ")
          .append(phases.get(i))
          .append(" --> ")
          .append(phases.get(i + 1))
          .append(" : advance\n");
    }
    for (Phase target : charter.reopenable()) {
      for (Phase from : phases.subList(phases.indexOf(target) + 1, phases.size())) {
        out.append("    ").append(from).append(" --> ").append(target).append(" : reopen\n");
      }
    }
    out.append("    ").append(phases.get(phases.size() - 1)).append(" --> CLOSED : close\n");
    for (Phase phase : phases) {
      out.append("    ").append(phase).append(" --> ABANDONED : abandon\n");
    }
    for (Phase phase : phases) {
      charter
          .deadline(phase)
          .ifPresent(
              d ->
                  out.append("    note right of ")
                      .append(phase)
                      .append(" : deadline ")
                      .append(d)
                      .append("\n"));
    }
    out.append("    CLOSED --> [*]\n");
    out.append("    ABANDONED --> [*]\n");
    return out.toString();
  }
}
