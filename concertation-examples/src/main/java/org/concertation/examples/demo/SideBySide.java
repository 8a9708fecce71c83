package org.concertation.examples.demo;

/**
 * The {@code ## Side by side} table: the same territory, the two logics, the figures that tell them
 * apart.
 */
final class SideBySide {
  /** The section's heading. */
  static final String HEADING = "## Side by side";

  private SideBySide() {}

  static String of(DemoRun project, DemoRun mission) {
    Figures p = Figures.of(project);
    Figures m = Figures.of(mission);
    StringBuilder out = new StringBuilder();
    out.append(HEADING).append("\n\n");
    out.append("The same town, the same actors, the same stakes; only the charter differs.\n\n");
    Md.Table table = new Md.Table("", "project logic", "mission logic");
    table
        .row("actors registered", n(p.actors()), n(m.actors()))
        .row("kinds the diagnosis requires", p.requiredKinds(), m.requiredKinds())
        .row("kinds contributing to the diagnosis", p.diagnosisKinds(), m.diagnosisKinds())
        .row("stakes validated", p.stakes(), m.stakes())
        .row("proposals submitted", n(p.proposals()), n(m.proposals()))
        .row("kinds among their authors", p.proposalKinds(), m.proposalKinds())
        .row(
            "amendments / merges",
            p.amendments() + " / " + p.merges(),
            m.amendments() + " / " + m.merges())
        .row("negotiation rounds", n(p.rounds()), n(m.rounds()))
        .row("reasoned objections", n(p.objections()), n(m.objections()))
        .row("proposals adopted", n(p.adopted()), n(m.adopted()))
        .row(
            "of which from inhabitants or associations",
            n(p.bottomUpAdopted()),
            n(m.bottomUpAdopted()))
        .row("adopted, then declined by the owner", n(p.overruled()), n(m.overruled()))
        .row("objectives", n(p.objectives()), n(m.objectives()))
        .row("actor kinds carrying actions", p.carrierKinds(), m.carrierKinds())
        .row("means committed", p.means(), m.means())
        .row("criteria chosen by", p.criteriaChosenBy(), m.criteriaChosenBy())
        .row(
            "ratings (raters' kinds)",
            p.ratings() + " (" + p.raterKinds() + ")",
            m.ratings() + " (" + m.raterKinds() + ")")
        .row("mean rating, out of 5", p.meanRating(), m.meanRating())
        .row("indicators on target", p.indicatorsMet(), m.indicatorsMet())
        .appendTo(out);
    out.append(
        "A mean rating compares little across the two columns: under the mission logic only"
            + " institutions rate, on criteria the owner chose.\n");
    return out.toString();
  }

  private static String n(int value) {
    return String.valueOf(value);
  }
}
