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
    return of(new RunView(project), new RunView(mission));
  }

  /** The comparison of two runs, in the language of the project run's view. */
  static String of(RunView project, RunView mission) {
    Figures p = Figures.of(project);
    Figures m = Figures.of(mission);
    RunView v = project;
    StringBuilder out = new StringBuilder();
    out.append(v.text("demo.heading.side")).append("\n\n");
    out.append(v.text("demo.side.intro")).append("\n\n");
    Md.Table table = new Md.Table("", v.text("demo.logic.PROJECT"), v.text("demo.logic.MISSION"));
    table
        .row(v.text("demo.side.actors"), n(p.actors()), n(m.actors()))
        .row(v.text("demo.side.required"), p.requiredKinds(), m.requiredKinds())
        .row(v.text("demo.side.diagnosis"), p.diagnosisKinds(), m.diagnosisKinds())
        .row(v.text("demo.side.stakes"), p.stakes(), m.stakes())
        .row(v.text("demo.side.proposals"), n(p.proposals()), n(m.proposals()))
        .row(v.text("demo.side.proposal.kinds"), p.proposalKinds(), m.proposalKinds())
        .row(
            v.text("demo.side.changes"),
            v.text("demo.side.pair", p.amendments(), p.merges()),
            v.text("demo.side.pair", m.amendments(), m.merges()))
        .row(v.text("demo.side.rounds"), n(p.rounds()), n(m.rounds()))
        .row(v.text("demo.side.objections"), n(p.objections()), n(m.objections()))
        .row(v.text("demo.side.adopted"), n(p.adopted()), n(m.adopted()))
        .row(v.text("demo.side.bottom.up"), n(p.bottomUpAdopted()), n(m.bottomUpAdopted()))
        .row(v.text("demo.side.overruled"), n(p.overruled()), n(m.overruled()))
        .row(v.text("demo.side.objectives"), n(p.objectives()), n(m.objectives()))
        .row(v.text("demo.side.carriers"), p.carrierKinds(), m.carrierKinds())
        .row(v.text("demo.side.means"), p.means(), m.means())
        .row(v.text("demo.side.chosen"), p.criteriaChosenBy(), m.criteriaChosenBy())
        .row(v.text("demo.side.criteria.from"), p.criteriaFrom(), m.criteriaFrom())
        .row(v.text("demo.side.exante"), p.exAnte(), m.exAnte())
        .row(v.text("demo.side.agreement"), p.agreement(), m.agreement())
        .row(
            v.text("demo.side.ratings"),
            v.text("demo.side.ratings.cell", p.ratings(), p.raterKinds()),
            v.text("demo.side.ratings.cell", m.ratings(), m.raterKinds()))
        .row(v.text("demo.side.mean"), p.meanRating(), m.meanRating())
        .row(v.text("demo.side.indicators"), p.indicatorsMet(), m.indicatorsMet())
        .row(v.text("demo.side.effects"), p.effectsMet(), m.effectsMet())
        .row(v.text("demo.side.delivered"), p.delivered(), m.delivered())
        .appendTo(out);
    out.append(v.text("demo.side.note")).append('\n');
    return out.toString();
  }

  private static String n(int value) {
    return String.valueOf(value);
  }
}
