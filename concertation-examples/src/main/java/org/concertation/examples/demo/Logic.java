package org.concertation.examples.demo;

import java.util.Locale;
import org.concertation.api.charter.Charter;
import org.concertation.core.Charters;

/** The two logics of social development that the demo runs on the same territory. */
public enum Logic {
  /** Bottom-up proposals negotiated between institutions, inhabitants and associations. */
  PROJECT(
      Charters.projectLogic(),
      "Bottom-up: any actor joins, contributes to the diagnosis, proposes and amends. Three"
          + " colleges (institutions, inhabitants, associations) co-decide by a majority inside"
          + " every college, where a reasoned objection blocks until the proposal is amended. Every"
          + " action needs carriers of at least two kinds, and the participants choose the"
          + " evaluation criteria."),
  /** A vertical command: institutions frame, propose, decide and execute alone. */
  MISSION(
      Charters.missionLogic(),
      "Top-down: institutions frame, propose and decide alone, by a simple majority in a single"
          + " round, and the project owner may overrule the vote. Inhabitants and associations are"
          + " consulted on the diagnosis and nothing more. Institutional agents execute, and the"
          + " owner sets the quantitative criteria on which institutions rate the result.");

  private final Charter charter;
  private final String summary;

  Logic(Charter charter, String summary) {
    this.charter = charter;
    this.summary = summary;
  }

  /**
   * The ready-made charter of this logic.
   *
   * @return the charter
   */
  public Charter charter() {
    return charter;
  }

  /**
   * What the logic means, in a few sentences.
   *
   * @return the summary
   */
  public String summary() {
    return summary;
  }

  /**
   * The logic's name in lower case, as the command line spells it: {@code project} or {@code
   * mission}.
   *
   * @return the name
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The logic of this name, ignoring case.
   *
   * @param name {@code project} or {@code mission}
   * @return the logic
   * @throws IllegalArgumentException if the name is neither
   */
  public static Logic parse(String name) {
    for (Logic logic : values()) {
      if (logic.label().equalsIgnoreCase(name.strip())) {
        return logic;
      }
    }
    throw new IllegalArgumentException(
        "Invalid logic '" + name + "': expected 'project' or 'mission'");
  }
}
