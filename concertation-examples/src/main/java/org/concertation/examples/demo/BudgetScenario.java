package org.concertation.examples.demo;

import static org.concertation.examples.demo.Territory.AMINA;
import static org.concertation.examples.demo.Territory.FACILITATOR;
import static org.concertation.examples.demo.Territory.KARIM;
import static org.concertation.examples.demo.Territory.LUCIE;
import static org.concertation.examples.demo.Territory.MARCEL;
import static org.concertation.examples.demo.Territory.TOWN_HALL;

import java.time.Duration;
import java.time.Instant;
import org.concertation.api.charter.Charter;
import org.concertation.api.domain.ActionId;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.AnswerKind;
import org.concertation.api.domain.College;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.Competence;
import org.concertation.api.domain.ObjectiveId;
import org.concertation.api.domain.ProposalContent;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.Resource;
import org.concertation.api.domain.Role;
import org.concertation.core.Charters;

/**
 * Saint-Aubin's first <b>participatory budget</b>, run as Paris or Warsaw run theirs, on the ready-
 * made charter {@link Charters#participatoryBudget(long)}: the town hall puts an envelope to the
 * inhabitants' vote; inhabitants propose projects with their cost; the town hall answers each one
 * on its feasibility before the vote, and the one it cannot carry out leaves the ballot; the
 * inhabitants approve the projects they want, and the Method of Equal Shares, completed as cities
 * complete it, funds projects within the envelope; the funded projects become objectives and
 * actions.
 *
 * <p>The inhabitants vote by neighbourhood: a college for Le Vieux Bourg and one for Les Tilleuls,
 * so that turnout is read per neighbourhood. Le Vieux Bourg casts six ballots, Les Tilleuls four,
 * and each neighbourhood approves its own projects: counted by approvals alone (greedy), the
 * majority would win every project; Equal Shares gives each voter the same share of the envelope.
 */
final class BudgetScenario {
  /** The money the town hall puts to the vote. */
  static final long ENVELOPE = 100_000;

  /** When the budget starts: the spring after the concertation's first year. */
  static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  /** The label of the scenario, in a refusal. */
  static final String LABEL = "participatory budget";

  static final CollegeId BOURG = CollegeId.of("vieux-bourg");
  static final CollegeId TILLEULS = CollegeId.of("tilleuls");

  // --- inhabitants beyond the four of the flagship story

  static final Actor JEANNE =
      Actor.of("jeanne", "Jeanne P. (Le Vieux Bourg)", ActorKind.INHABITANT);
  static final Actor HENRI = Actor.of("henri", "Henri L. (Le Vieux Bourg)", ActorKind.INHABITANT);
  static final Actor SOPHIE =
      Actor.of("sophie", "Sophie G. (Le Vieux Bourg)", ActorKind.INHABITANT);
  static final Actor BERNARD =
      Actor.of("bernard", "Bernard C. (Le Vieux Bourg)", ActorKind.INHABITANT);
  static final Actor ODILE = Actor.of("odile", "Odile F. (Le Vieux Bourg)", ActorKind.INHABITANT);
  static final Actor GILLES =
      Actor.of("gilles", "Gilles N. (Le Vieux Bourg)", ActorKind.INHABITANT);
  static final Actor FATOU =
      Actor.of("fatou", "Fatou S. (Les Tilleuls)", ActorKind.INHABITANT)
          .withCompetence(Competence.of("bike repair"));
  static final Actor YANIS = Actor.of("yanis", "Yanis K. (Les Tilleuls)", ActorKind.INHABITANT);
  static final Actor NADIA = Actor.of("nadia", "Nadia H. (Les Tilleuls)", ActorKind.INHABITANT);
  static final Actor SAMIR = Actor.of("samir", "Samir O. (Les Tilleuls)", ActorKind.INHABITANT);

  // --- the projects

  static final ProposalId TREES = ProposalId.of("shade-trees");
  static final ProposalId MARKET_HALL = ProposalId.of("market-hall");
  static final ProposalId BENCHES = ProposalId.of("bourg-benches");
  static final ProposalId PLAYGROUND = ProposalId.of("playground");
  static final ProposalId BIKES = ProposalId.of("bike-workshop");
  static final ProposalId FOOTBRIDGE = ProposalId.of("footbridge");

  private static final ObjectiveId SHADE = ObjectiveId.of("shade");
  private static final ObjectiveId MARKET = ObjectiveId.of("market");
  private static final ObjectiveId PLAY = ObjectiveId.of("play");
  private static final ObjectiveId REPAIR = ObjectiveId.of("repair");

  private static final ActionId PLANTING = ActionId.of("planting");
  private static final ActionId ROOF = ActionId.of("roof-works");
  private static final ActionId PLAY_WORKS = ActionId.of("playground-works");
  private static final ActionId WORKSHOP = ActionId.of("workshop");

  /** The voters of Le Vieux Bourg who approve its three projects. */
  private static final Actor[] BOURG_ALL = {LUCIE, MARCEL, JEANNE, HENRI, SOPHIE};

  /** The voters of Les Tilleuls who approve its two projects. */
  private static final Actor[] TILLEULS_ALL = {AMINA, KARIM, FATOU};

  private BudgetScenario() {}

  /** The ready-made charter, with the envelope of this budget. */
  static Charter charter() {
    return Charters.participatoryBudget(ENVELOPE);
  }

  static BudgetRun run(Story story) {
    Script s = new Script(LABEL, charter(), START, story);
    framing(s);
    proposals(s);
    vote(s);
    action(s);
    return new BudgetRun(s.events(), s.state(), story);
  }

  /**
   * Framing. The town hall opens the budget as project owner, appoints the facilitator, and
   * registers one college per neighbourhood; the inhabitants join, each in the college of the
   * neighbourhood where they live. Eight live in Le Vieux Bourg, six in Les Tilleuls.
   */
  private static void framing(Script s) {
    s.register(TOWN_HALL, TOWN_HALL, Role.PROJECT_OWNER)
        .register(TOWN_HALL, FACILITATOR, Role.FACILITATOR)
        .college(TOWN_HALL, College.of(BOURG.value(), "Le Vieux Bourg", 1))
        .college(TOWN_HALL, College.of(TILLEULS.value(), "Les Tilleuls", 1))
        .join(BOURG, LUCIE, MARCEL, JEANNE, HENRI, SOPHIE, BERNARD, ODILE, GILLES)
        .join(TILLEULS, AMINA, KARIM, FATOU, YANIS, NADIA, SAMIR)
        .later(Duration.ofDays(7))
        .advance(FACILITATOR);
  }

  /**
   * Proposals, each with its cost. The town hall's services study each one and the town hall
   * answers on feasibility before the vote: the playground is feasible once its author has added
   * the safety surfacing to its cost; the footbridge is not, because the ring road is the
   * department's, and it leaves the ballot.
   */
  private static void proposals(Script s) {
    s.submit(
            MARCEL,
            TREES,
            ProposalContent.of(
                "Shade trees along the school street",
                "Plant twelve trees along the street that links both neighbourhoods to the"
                    + " school, so that children walk in the shade.",
                10_000),
            AMINA)
        .submit(
            LUCIE,
            MARKET_HALL,
            ProposalContent.of(
                "Repair the roof of the market hall",
                "The market hall leaks whenever it rains: repair its roof so that the Saturday"
                    + " market can stay under cover.",
                48_000))
        .submit(
            JEANNE,
            BENCHES,
            ProposalContent.of(
                "Benches and flower beds on the Bourg square",
                "Ten benches and four flower beds on the Bourg square, for the older people who"
                    + " sit there.",
                30_000))
        .submit(
            KARIM,
            PLAYGROUND,
            ProposalContent.of(
                "Renovate the Tilleuls playground",
                "New swings, a climbing frame and a sandpit in the playground at the foot of the"
                    + " towers.",
                30_000))
        .submit(
            FATOU,
            BIKES,
            ProposalContent.of(
                "A bike repair workshop at the foot of the towers",
                "A container fitted out as a workshop, where volunteers teach people to repair"
                    + " their bikes two evenings a week.",
                5_250))
        .submit(
            YANIS,
            FOOTBRIDGE,
            ProposalContent.of(
                "A footbridge over the ring road",
                "A footbridge for walkers and cyclists over the ring road, between Les Tilleuls"
                    + " and the town centre.",
                80_000))
        .later(Duration.ofDays(21))
        .amend(
            KARIM,
            PLAYGROUND,
            ProposalContent.of(
                "Renovate the Tilleuls playground",
                "New swings, a climbing frame and a sandpit in the playground at the foot of the"
                    + " towers, on the safety surfacing the standards require.",
                36_000),
            "The town's services priced the safety surfacing that the standards require.")
        .answer(
            TOWN_HALL,
            TREES,
            AnswerKind.ACCEPTED,
            "Feasible: the street is the town's, and the parks service can plant in the autumn.")
        .answer(
            TOWN_HALL,
            MARKET_HALL,
            AnswerKind.ACCEPTED,
            "Feasible: the services estimate the roof at 48,000, works in the summer.")
        .answer(
            TOWN_HALL,
            BENCHES,
            AnswerKind.ACCEPTED,
            "Feasible: the square is the town's, and the estimate matches the cost.")
        .answer(
            TOWN_HALL,
            PLAYGROUND,
            AnswerKind.ACCEPTED,
            "Feasible at 36,000 with the safety surfacing, as amended.")
        .answer(
            TOWN_HALL,
            BIKES,
            AnswerKind.ACCEPTED,
            "Feasible: the landlord lends the place for the container.")
        .answer(
            TOWN_HALL,
            FOOTBRIDGE,
            AnswerKind.DECLINED,
            "Not feasible by the town: the ring road belongs to the department, to which the town"
                + " passes the request. The project leaves the ballot.")
        .later(Duration.ofDays(7))
        .advance(FACILITATOR);
  }

  /**
   * The vote: one ballot round on the five feasible projects. Six of the eight inhabitants of Le
   * Vieux Bourg and four of the six of Les Tilleuls vote; each approves the shade trees and the
   * projects of its own neighbourhood (one voter of each approves one fewer).
   */
  private static void vote(Script s) {
    ProposalId[] bourg = {TREES, MARKET_HALL, BENCHES};
    ProposalId[] tilleuls = {TREES, PLAYGROUND, BIKES};
    s.openRound(FACILITATOR, TREES, MARKET_HALL, BENCHES, PLAYGROUND, BIKES)
        .approve(bourg, BOURG_ALL)
        .approve(new ProposalId[] {TREES, MARKET_HALL}, BERNARD)
        .approve(tilleuls, TILLEULS_ALL)
        .approve(new ProposalId[] {TREES, PLAYGROUND}, YANIS)
        .later(Duration.ofDays(14))
        .closeRound(FACILITATOR);
  }

  /**
   * Action. Each funded project becomes an objective and an action: the town hall funds it from the
   * envelope, and inhabitants bring their time and competences.
   */
  private static void action(Script s) {
    s.adopt(TOWN_HALL, SHADE, "Shade on the way to school", TREES)
        .adopt(TOWN_HALL, MARKET, "A market under cover in all weathers", MARKET_HALL)
        .adopt(TOWN_HALL, PLAY, "A safe playground at Les Tilleuls", PLAYGROUND)
        .adopt(TOWN_HALL, REPAIR, "Bikes repaired at the foot of the towers", BIKES)
        .later(Duration.ofDays(7))
        .advance(FACILITATOR)
        .launch(TOWN_HALL, PLANTING, SHADE, "Plant twelve trees along the school street")
        .commit(TOWN_HALL, PLANTING, Resource.money(10_000))
        .commit(MARCEL, PLANTING, Resource.hours(20, "watering rota in the first summer"))
        .launch(TOWN_HALL, ROOF, MARKET, "Repair the roof of the market hall")
        .commit(TOWN_HALL, ROOF, Resource.money(48_000))
        .launch(TOWN_HALL, PLAY_WORKS, PLAY, "Renovate the Tilleuls playground")
        .commit(TOWN_HALL, PLAY_WORKS, Resource.money(36_000))
        .commit(KARIM, PLAY_WORKS, Resource.hours(15, "parents choosing the equipment"))
        .launch(TOWN_HALL, WORKSHOP, REPAIR, "Open the bike repair workshop")
        .commit(TOWN_HALL, WORKSHOP, Resource.money(5_250))
        .commit(FATOU, WORKSHOP, Resource.competence(Competence.of("bike repair")))
        .commit(FATOU, WORKSHOP, Resource.hours(150, "volunteer mechanics, two evenings a week"))
        .later(Duration.ofDays(180))
        .close(
            TOWN_HALL,
            "Four projects funded for 99,250 of the 100,000; trees planted, roof repaired,"
                + " playground and workshop open.");
  }
}
