package org.concertation.examples.demo;

import static org.concertation.examples.demo.Territory.AMINA;
import static org.concertation.examples.demo.Territory.CLUB;
import static org.concertation.examples.demo.Territory.ISOLATION;
import static org.concertation.examples.demo.Territory.KARIM;
import static org.concertation.examples.demo.Territory.LANDLORD;
import static org.concertation.examples.demo.Territory.LUCIE;
import static org.concertation.examples.demo.Territory.MARCEL;
import static org.concertation.examples.demo.Territory.PREFECTURE;
import static org.concertation.examples.demo.Territory.RESIDENTS;
import static org.concertation.examples.demo.Territory.SECURITY;
import static org.concertation.examples.demo.Territory.SOCIAL_CENTRE;
import static org.concertation.examples.demo.Territory.TOWN_HALL;
import static org.concertation.examples.demo.Territory.YOUTH;

import java.time.Duration;
import org.concertation.api.domain.ActionId;
import org.concertation.api.domain.AnswerKind;
import org.concertation.api.domain.CriterionId;
import org.concertation.api.domain.IndicatorId;
import org.concertation.api.domain.ObjectiveId;
import org.concertation.api.domain.ProposalContent;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.Resource;
import org.concertation.api.domain.Role;
import org.concertation.api.domain.Stance;

/**
 * The same town under the <b>mission logic</b>: a vertical command. The town hall frames the
 * process and runs it itself; inhabitants and associations may join and are consulted on the
 * diagnosis, and that is all they may do. Institutions propose and decide alone, in a single round;
 * the owner may overrule the vote; institutional agents execute; the owner sets the quantitative
 * criteria, and only institutions rate.
 *
 * <p>Every command below is one the mission charter accepts: what the inhabitants do in the project
 * scenario (propose, object, carry, choose criteria) the charter would refuse them here.
 */
final class MissionScenario {
  static final ProposalId CAMERAS = ProposalId.of("cameras");
  static final ProposalId FENCING = ProposalId.of("fencing");
  static final ProposalId SUMMER_SPORTS = ProposalId.of("summer-sports");

  private static final ObjectiveId SECURE = ObjectiveId.of("secure");
  private static final ObjectiveId OCCUPY = ObjectiveId.of("occupy-youth");

  private static final ActionId INSTALL = ActionId.of("install-cameras");
  private static final ActionId SESSIONS = ActionId.of("summer-sessions");

  private static final CriterionId DELIVERED = CriterionId.of("delivered");
  private static final CriterionId BUDGET = CriterionId.of("budget");

  private MissionScenario() {}

  static DemoRun run() {
    return run(Story.english());
  }

  /** The scenario, its own words in the story's language. */
  static DemoRun run(Story story) {
    Script s = new Script(Logic.MISSION, Territory.START, story);
    framing(s);
    diagnosis(s);
    proposals(s);
    decision(s);
    execution(s);
    evaluation(s);
    return s.finish();
  }

  /**
   * Framing. The town hall opens the process and registers its institutional partners. There is no
   * facilitator and no guarantor: the owner runs the process itself. Inhabitants and associations
   * may join, as an audience; no college gives them a voice.
   */
  private static void framing(Script s) {
    s.register(TOWN_HALL, TOWN_HALL, Role.PROJECT_OWNER)
        .register(TOWN_HALL, LANDLORD, Role.PARTICIPANT)
        .register(TOWN_HALL, PREFECTURE, Role.PARTICIPANT)
        .join(AMINA, KARIM, LUCIE, MARCEL)
        .join(RESIDENTS, CLUB, SOCIAL_CENTRE)
        .later(Duration.ofDays(7))
        .advance(TOWN_HALL);
  }

  /**
   * A consultation rather than a shared diagnosis: the charter only needs the institutions to have
   * contributed. The owner names the stakes it sees. Amina, consulted, names another one (the
   * estate is cut off from the town), but only the owner validates stakes, and it does not validate
   * hers: no proposal may address it.
   */
  private static void diagnosis(Script s) {
    s.identify(TOWN_HALL, SECURITY, "Incivilities around the towers")
        .identify(TOWN_HALL, YOUTH, "Idle young people on the estate")
        .contribute(
            PREFECTURE,
            "The police record 35 incidents a year around the towers, " + "mostly damage to cars.",
            SECURITY)
        .contribute(LANDLORD, "Damage to entrance halls costs us 40,000 a year.", SECURITY)
        .contribute(TOWN_HALL, "The town can commit 250,000 over three years.", SECURITY, YOUTH)
        .contribute(
            AMINA,
            "From Les Tilleuls the town centre is 1.5 km away across the ring "
                + "road, with no safe crossing; the bus comes once an hour.")
        .identify(AMINA, ISOLATION, "Les Tilleuls is cut off from the rest of the town")
        .contribute(
            SOCIAL_CENTRE,
            "Most of the young people we see ask for a place to meet in " + "the evening.",
            YOUTH)
        .later(Duration.ofDays(14))
        .validate(TOWN_HALL, SECURITY, YOUTH)
        .advance(TOWN_HALL);
  }

  /** Proposals, top-down: only institutions may propose, each within its own speciality. */
  private static void proposals(Script s) {
    s.submit(
            PREFECTURE,
            CAMERAS,
            ProposalContent.of(
                "Video protection around the towers",
                "Eight cameras around the towers, watched from the municipal police station.",
                90_000,
                SECURITY))
        .submit(
            LANDLORD,
            FENCING,
            ProposalContent.of(
                "Fence the Tilleuls blocks",
                "Fence each block and give tenants badge access to their own entrance.",
                120_000,
                SECURITY))
        .submit(
            TOWN_HALL,
            SUMMER_SPORTS,
            ProposalContent.of(
                "Summer sports sessions",
                "Sports sessions run by the municipal sports service on the estate in July and "
                    + "August.",
                20_000,
                YOUTH))
        .later(Duration.ofDays(14))
        .advance(TOWN_HALL);
  }

  /**
   * One round, chaired by the owner: only institutions take a position, by simple majority. The
   * owner then answers; the mission charter lets it decline a proposal the round adopted, and it
   * declines the fencing for want of budget.
   */
  private static void decision(Script s) {
    s.openRound(TOWN_HALL, CAMERAS, FENCING, SUMMER_SPORTS)
        .positions(CAMERAS, Stance.SUPPORT, TOWN_HALL, PREFECTURE, LANDLORD)
        .positions(FENCING, Stance.SUPPORT, LANDLORD, PREFECTURE)
        .positions(FENCING, Stance.ABSTAIN, TOWN_HALL)
        .positions(SUMMER_SPORTS, Stance.SUPPORT, TOWN_HALL)
        .positions(SUMMER_SPORTS, Stance.ACCEPT, PREFECTURE)
        .positions(SUMMER_SPORTS, Stance.ABSTAIN, LANDLORD)
        .closeRound(TOWN_HALL)
        .answer(TOWN_HALL, CAMERAS, AnswerKind.ACCEPTED, "Adopted; the prefecture co-funds it.")
        .answer(
            TOWN_HALL,
            FENCING,
            AnswerKind.DECLINED,
            "Adopted by the round, but the town "
                + "budget cannot cover it this year; the landlord may fund it alone.")
        .answer(
            TOWN_HALL,
            SUMMER_SPORTS,
            AnswerKind.ACCEPTED,
            "Adopted; delivered by the " + "municipal sports service.")
        .adopt(TOWN_HALL, SECURE, "Restore security around the towers", CAMERAS)
        .adopt(TOWN_HALL, OCCUPY, "Keep young people busy in the summer", SUMMER_SPORTS);
  }

  /**
   * Execution. The owner plans the actions; institutional agents carry them alone, each in its
   * speciality (one kind of carrier is enough under this charter). The owner sets the indicators.
   */
  private static void execution(Script s) {
    s.later(Duration.ofDays(30))
        .advance(TOWN_HALL)
        .launch(TOWN_HALL, INSTALL, SECURE, "Install eight cameras")
        .commit(PREFECTURE, INSTALL, Resource.money(60_000))
        .commit(TOWN_HALL, INSTALL, Resource.money(30_000))
        .launch(TOWN_HALL, SESSIONS, OCCUPY, "Run summer sports sessions")
        .commit(TOWN_HALL, SESSIONS, Resource.money(20_000))
        .commit(TOWN_HALL, SESSIONS, Resource.hours(160, "municipal sports educators"))
        .indicator(
            TOWN_HALL,
            IndicatorId.of("cameras-installed"),
            INSTALL,
            "cameras installed",
            "cameras",
            8)
        .indicator(
            TOWN_HALL,
            IndicatorId.of("sessions"),
            SESSIONS,
            "sports sessions delivered",
            "sessions",
            40);
  }

  /**
   * Evaluation by control of quantities: the owner reports the outputs and sets the criteria; only
   * institutions rate. Then it closes the process.
   */
  private static void evaluation(Script s) {
    s.advance(TOWN_HALL)
        .later(Duration.ofDays(365))
        .report(TOWN_HALL, IndicatorId.of("cameras-installed"), 8)
        .report(TOWN_HALL, IndicatorId.of("sessions"), 36)
        .criterion(TOWN_HALL, DELIVERED, "Were the outputs delivered as ordered?")
        .criterion(TOWN_HALL, BUDGET, "Was the budget spent as planned?")
        .rate(TOWN_HALL, DELIVERED, 4)
        .rate(PREFECTURE, DELIVERED, 4)
        .rate(LANDLORD, DELIVERED, 3, "Our fencing was left out.")
        .rate(TOWN_HALL, BUDGET, 5)
        .rate(PREFECTURE, BUDGET, 4)
        .rate(LANDLORD, BUDGET, 4)
        .close(TOWN_HALL, "Cameras installed; 36 of 40 summer sessions delivered; budget spent.");
  }
}
