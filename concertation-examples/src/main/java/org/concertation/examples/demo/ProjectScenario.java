package org.concertation.examples.demo;

import static org.concertation.examples.demo.Territory.AMINA;
import static org.concertation.examples.demo.Territory.CLUB;
import static org.concertation.examples.demo.Territory.FACILITATOR;
import static org.concertation.examples.demo.Territory.GUARANTOR;
import static org.concertation.examples.demo.Territory.ISOLATION;
import static org.concertation.examples.demo.Territory.KARIM;
import static org.concertation.examples.demo.Territory.LANDLORD;
import static org.concertation.examples.demo.Territory.LUCIE;
import static org.concertation.examples.demo.Territory.MARCEL;
import static org.concertation.examples.demo.Territory.MEETING;
import static org.concertation.examples.demo.Territory.PREFECTURE;
import static org.concertation.examples.demo.Territory.PUBLIC_SPACE;
import static org.concertation.examples.demo.Territory.RESIDENTS;
import static org.concertation.examples.demo.Territory.SECURITY;
import static org.concertation.examples.demo.Territory.SOCIAL_CENTRE;
import static org.concertation.examples.demo.Territory.TOWN_HALL;
import static org.concertation.examples.demo.Territory.YOUTH;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.concertation.api.charter.Charter;
import org.concertation.api.domain.ActionId;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.AnswerKind;
import org.concertation.api.domain.Competence;
import org.concertation.api.domain.CriterionId;
import org.concertation.api.domain.IndicatorId;
import org.concertation.api.domain.ObjectiveId;
import org.concertation.api.domain.ProposalContent;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.Resource;
import org.concertation.api.domain.ResourceKind;
import org.concertation.api.domain.Role;
import org.concertation.api.domain.Stance;
import org.concertation.core.Charters;

/**
 * Saint-Aubin under the <b>project logic</b>: the town hall opens a concertation, every kind of
 * actor brings its part of the diagnosis, inhabitants and associations propose, the proposals are
 * confronted in two rounds where a reasoned objection changes the outcome, the adopted objectives
 * become actions that several kinds of actor carry together, and the participants choose the
 * criteria on which they evaluate the whole. The evaluation looks ahead as well as back: criteria
 * are chosen in the diagnosis, the proposals are graded on them before the decision, effects are
 * expected by a horizon, each carrier records what it delivered, and the actions are graded on the
 * same criteria a year on.
 */
final class ProjectScenario {
  static final ProposalId GREEN_PATH = ProposalId.of("green-path");
  static final ProposalId CITY_PITCH = ProposalId.of("city-pitch");
  static final ProposalId YOUTH_ROOM = ProposalId.of("youth-room");
  static final ProposalId YOUTH_HUB = ProposalId.of("youth-hub");
  static final ProposalId GARDEN_MARKET = ProposalId.of("garden-market");
  static final ProposalId BUS_LINE = ProposalId.of("bus-line");
  static final ProposalId CAMERAS = ProposalId.of("cameras");

  private static final ObjectiveId OPEN_UP = ObjectiveId.of("open-up");
  private static final ObjectiveId YOUNG = ObjectiveId.of("young-people");
  private static final ObjectiveId SQUARE = ObjectiveId.of("square");

  private static final ActionId PATH_WORKS = ActionId.of("path-works");
  private static final ActionId BUS = ActionId.of("bus");
  private static final ActionId HUB = ActionId.of("hub");
  private static final ActionId GARDEN = ActionId.of("garden");

  private static final CriterionId MEET = CriterionId.of("meet");
  private static final CriterionId REACH = CriterionId.of("reach");
  private static final CriterionId HEARD = CriterionId.of("heard");
  private static final CriterionId MEANS = CriterionId.of("means");

  /** An effect expected of the green path, stated with the proposal. */
  private static final IndicatorId WALK_TO_CENTRE = IndicatorId.of("walk-to-centre");

  /** An effect expected of the objective for young people, stated with the actions. */
  private static final IndicatorId BOURG_YOUTH = IndicatorId.of("bourg-youth");

  /** When the expected effects are to be seen: after the first year of the actions. */
  private static final LocalDate HORIZON = LocalDate.parse("2027-03-31");

  /**
   * The project logic whose evaluation looks ahead as well as back: the participants choose
   * criteria from the diagnosis on and grade the proposals on them before any decision. It sets no
   * assessment gate: the grades inform the rounds, and the rounds decide.
   */
  static final Charter CHARTER = Charters.prospectiveProjectLogic();

  /** The four inhabitants, two from each neighbourhood. */
  private static final Actor[] INHABITANTS = {AMINA, KARIM, LUCIE, MARCEL};

  private ProjectScenario() {}

  static DemoRun run() {
    return run(Story.english());
  }

  /** The scenario, its own words in the story's language. */
  static DemoRun run(Story story) {
    Script s = new Script(Logic.PROJECT, CHARTER, Territory.START, story);
    framing(s);
    diagnosis(s);
    proposals(s);
    negotiation(s);
    action(s);
    evaluation(s);
    return s.finish();
  }

  /**
   * Framing. The town hall opens the process as project owner and appoints a facilitator and a
   * guarantor, both independent: they belong to no college and take no position (the charter grants
   * the guarantor no activity at all; it watches). Then everyone else joins by themselves: under
   * this charter any actor may join, and each lands in the college of its kind (institutions,
   * inhabitants, associations).
   */
  private static void framing(Script s) {
    s.register(TOWN_HALL, TOWN_HALL, Role.PROJECT_OWNER)
        .register(TOWN_HALL, FACILITATOR, Role.FACILITATOR)
        .register(TOWN_HALL, GUARANTOR, Role.GUARANTOR)
        .join(LANDLORD, PREFECTURE)
        .join(INHABITANTS)
        .join(RESIDENTS, CLUB, SOCIAL_CENTRE)
        .later(Duration.ofDays(7))
        .advance(FACILITATOR);
  }

  /**
   * The shared diagnosis. Each actor holds part of the knowledge of the territory: inhabitants,
   * associations and institutions all contribute, and any of them may name a stake. The facilitator
   * validates the stakes at a plenary meeting. The process cannot move on until every kind of actor
   * has contributed.
   */
  private static void diagnosis(Script s) {
    s.contribute(
            AMINA,
            "From Les Tilleuls the town centre is 1.5 km away across the ring road, "
                + "with no safe crossing; the bus comes once an hour.")
        .identify(AMINA, ISOLATION, "Les Tilleuls is cut off from the rest of the town")
        .contribute(
            KARIM,
            "After school the teenagers hang about in the stairwells: "
                + "there is nothing for them on the estate.")
        .identify(CLUB, YOUTH, "Young people have no place of their own")
        .contribute(
            CLUB,
            "Forty of our 300 members live in Les Tilleuls; "
                + "many more drop out for lack of transport.",
            ISOLATION,
            YOUTH)
        .contribute(
            LUCIE,
            "In Le Vieux Bourg we never meet the people of Les Tilleuls, "
                + "except at the supermarket.")
        .identify(SOCIAL_CENTRE, MEETING, "The two neighbourhoods do not meet")
        .contribute(
            SOCIAL_CENTRE,
            "Our youth workers see 120 young people a year from both "
                + "neighbourhoods; most ask for a place to meet in the evening.",
            YOUTH,
            MEETING)
        .identify(LANDLORD, PUBLIC_SPACE, "The spaces at the foot of the towers are run down")
        .contribute(
            LANDLORD,
            "The lawns between the towers are unused and cost 12,000 a year " + "to maintain.",
            PUBLIC_SPACE)
        .contribute(
            RESIDENTS,
            "Tenants complain of broken benches and of a square where " + "nothing ever happens.",
            PUBLIC_SPACE,
            MEETING)
        .identify(PREFECTURE, SECURITY, "Incivilities around the towers")
        .contribute(
            PREFECTURE,
            "The police record 35 incidents a year around the towers, " + "mostly damage to cars.",
            SECURITY)
        .contribute(
            MARCEL,
            "Older people of the Bourg would go to a market on the Tilleuls "
                + "square if they could walk there safely.",
            ISOLATION,
            MEETING)
        .contribute(
            TOWN_HALL,
            "The town can commit 250,000 over three years; the ring road "
                + "belongs to the department.",
            ISOLATION)
        .later(Duration.ofDays(14))
        .validate(FACILITATOR, ISOLATION, YOUTH, MEETING, PUBLIC_SPACE, SECURITY)
        // The evaluation starts here: out of the stakes, participants choose the criteria on
        // which every proposal will be judged, before and after.
        .criterion(SOCIAL_CENTRE, MEET, "Do the people of the two neighbourhoods meet more?")
        .criterion(AMINA, REACH, "Can we reach the town centre without a car?")
        .advance(FACILITATOR);
  }

  /**
   * Proposals, bottom-up. Inhabitants, associations and institutions each answer the stakes. Two
   * overlapping proposals (a sports pitch and a youth room) are merged by one of their authors into
   * a single hub: the merged proposal keeps the authors of both.
   */
  private static void proposals(Script s) {
    s.submit(
            AMINA,
            GREEN_PATH,
            ProposalContent.of(
                "A green path to the town centre",
                "A lit walking and cycling path from the Tilleuls square to the market hall, "
                    + "through the Tilleuls playground (the shortest way), with a raised crossing "
                    + "over the ring road.",
                180_000,
                ISOLATION,
                MEETING),
            MARCEL)
        .submit(
            CLUB,
            CITY_PITCH,
            ProposalContent.of(
                "A city pitch at the foot of the towers",
                "A multi-sport pitch between the towers, open every day, with two coached sessions "
                    + "a week.",
                60_000,
                YOUTH,
                PUBLIC_SPACE))
        .submit(
            SOCIAL_CENTRE,
            YOUTH_ROOM,
            ProposalContent.of(
                "A youth room open in the evening",
                "A room for the young people of both neighbourhoods, open three evenings a week, run "
                    + "with them by a youth worker.",
                25_000,
                YOUTH,
                MEETING))
        .submit(
            RESIDENTS,
            GARDEN_MARKET,
            ProposalContent.of(
                "A shared garden and a Saturday market",
                "Turn the empty lawn of the Tilleuls square into a shared garden, and hold a "
                    + "Saturday market there open to the whole town.",
                15_000,
                PUBLIC_SPACE,
                MEETING),
            LUCIE)
        .submit(
            TOWN_HALL,
            BUS_LINE,
            ProposalContent.of(
                "Bus line 2 every 20 minutes",
                "Extend line 2 to the Tilleuls square and run it every 20 minutes, evenings "
                    + "included.",
                40_000,
                ISOLATION))
        .submit(
            PREFECTURE,
            CAMERAS,
            ProposalContent.of(
                "Video protection around the towers",
                "Eight cameras around the towers, watched from the municipal police station.",
                90_000,
                SECURITY))
        .merge(
            SOCIAL_CENTRE,
            YOUTH_HUB,
            ProposalContent.of(
                "A youth and sports hub",
                "The city pitch and the youth room side by side on the unused lawn: the club "
                    + "coaches, the social centre's youth worker runs the room, and young people "
                    + "of both neighbourhoods sit on its steering group.",
                85_000,
                YOUTH,
                PUBLIC_SPACE,
                MEETING),
            CITY_PITCH,
            YOUTH_ROOM)
        .expect(
            AMINA,
            WALK_TO_CENTRE,
            GREEN_PATH,
            "Tilleuls residents who walk or cycle to the town centre at least once a week",
            "% of residents",
            40,
            HORIZON)
        .later(Duration.ofDays(7));
    assessment(s);
    s.later(Duration.ofDays(7)).advance(FACILITATOR);
  }

  /** The proposals on the agenda of the assessment, in order. */
  private static final ProposalId[] AGENDA = {
    GREEN_PATH, YOUTH_HUB, GARDEN_MARKET, BUS_LINE, CAMERAS
  };

  /**
   * The prospective assessment, before any decision: at a workshop chaired by the facilitator,
   * everyone who will take a position grades each proposal on the agenda on each criterion chosen
   * in the diagnosis, from 1 to 5. The majority grade of each proposal is the lower median of its
   * ten grades (the fifth lowest). The assessment decides nothing: it tells the rounds what each
   * proposal is expected to change.
   */
  private static void assessment(Script s) {
    s.openAssessment(FACILITATOR, AGENDA);
    // One row per proposal, one column per grader, in the order of RATERS:
    //                   AMINA KARIM LUCIE MARCEL RESIDENTS CLUB CENTRE TOWN LANDLORD PREFECTURE
    assessAll(
        s,
        MEET,
        new int[] {4, 3, 4, 5, 4, 4, 4, 4, 3, 4}, // green path: 3 3 4 4 [4] 4 4 4 4 5 -> 4
        new int[] {4, 5, 4, 3, 4, 5, 5, 4, 4, 3}, // youth hub: 3 3 4 4 [4] 4 4 5 5 5 -> 4
        new int[] {5, 4, 5, 5, 5, 4, 5, 4, 5, 3}, // garden, market: 3 4 4 4 [5] 5 5 5 5 5 -> 5
        new int[] {3, 3, 3, 4, 3, 3, 3, 3, 3, 3}, // bus line: 3 3 3 3 [3] 3 3 3 3 4 -> 3
        new int[] {1, 1, 2, 3, 1, 2, 1, 2, 3, 4}); // cameras: 1 1 1 1 [2] 2 2 3 3 4 -> 2
    assessAll(
        s,
        REACH,
        new int[] {5, 4, 5, 5, 5, 4, 5, 5, 4, 4}, // green path: 4 4 4 4 [5] 5 5 5 5 5 -> 5
        new int[] {2, 2, 2, 2, 3, 3, 2, 2, 2, 2}, // youth hub: 2 2 2 2 [2] 2 2 2 3 3 -> 2
        new int[] {2, 2, 3, 3, 2, 2, 2, 2, 2, 2}, // garden, market: 2 2 2 2 [2] 2 2 2 3 3 -> 2
        new int[] {5, 5, 4, 5, 5, 5, 4, 4, 4, 4}, // bus line: 4 4 4 4 [4] 5 5 5 5 5 -> 4
        new int[] {1, 1, 1, 1, 1, 1, 1, 1, 2, 2}); // cameras: 1 1 1 1 [1] 1 1 1 2 2 -> 1
    s.closeAssessment(FACILITATOR);
  }

  /** Each grader's ballot on a criterion, read off the rows of the agenda's proposals. */
  private static void assessAll(Script s, CriterionId criterion, int[]... rows) {
    for (int rater = 0; rater < RATERS.length; rater++) {
      int[] ballot = new int[AGENDA.length];
      for (int p = 0; p < AGENDA.length; p++) {
        ballot[p] = rows[p][rater];
      }
      s.assess(RATERS[rater], criterion, AGENDA, ballot);
    }
  }

  /**
   * Negotiation. Round 1 confronts the five open proposals. The rule needs a majority inside every
   * college, and a reasoned objection blocks. The green path has a majority everywhere, but Karim
   * objects: it would cut the playground in two. Blocked, it is carried to the next round; Amina
   * amends it to go round the playground, and round 2 adopts it. The cameras, supported by every
   * institution, are rejected because inhabitants and associations are against them.
   *
   * <p>The project owner then answers every proposal, with its reasons; it may not decline what a
   * round adopted. The facilitator records the objectives.
   */
  private static void negotiation(Script s) {
    s.openRound(FACILITATOR, GREEN_PATH, YOUTH_HUB, GARDEN_MARKET, BUS_LINE, CAMERAS)
        .positions(
            GREEN_PATH,
            Stance.SUPPORT,
            AMINA,
            MARCEL,
            TOWN_HALL,
            PREFECTURE,
            CLUB,
            SOCIAL_CENTRE,
            RESIDENTS)
        .positions(GREEN_PATH, Stance.ACCEPT, LUCIE, LANDLORD)
        .object(
            KARIM,
            GREEN_PATH,
            "As drawn, the path cuts the Tilleuls playground in two: "
                + "our children would lose their only play area and play beside bikes.")
        .positions(
            YOUTH_HUB,
            Stance.SUPPORT,
            AMINA,
            KARIM,
            LUCIE,
            CLUB,
            SOCIAL_CENTRE,
            RESIDENTS,
            TOWN_HALL)
        .positions(YOUTH_HUB, Stance.ACCEPT, LANDLORD, MARCEL)
        .positions(YOUTH_HUB, Stance.ABSTAIN, PREFECTURE)
        .positions(
            GARDEN_MARKET, Stance.SUPPORT, AMINA, KARIM, LUCIE, RESIDENTS, SOCIAL_CENTRE, TOWN_HALL)
        .positions(GARDEN_MARKET, Stance.ACCEPT, LANDLORD, PREFECTURE, CLUB)
        .positions(GARDEN_MARKET, Stance.ABSTAIN, MARCEL)
        .positions(
            BUS_LINE,
            Stance.SUPPORT,
            AMINA,
            KARIM,
            MARCEL,
            RESIDENTS,
            CLUB,
            SOCIAL_CENTRE,
            TOWN_HALL,
            PREFECTURE)
        .positions(BUS_LINE, Stance.ACCEPT, LANDLORD)
        .positions(BUS_LINE, Stance.ABSTAIN, LUCIE)
        .positions(CAMERAS, Stance.SUPPORT, PREFECTURE, LANDLORD, MARCEL)
        .positions(CAMERAS, Stance.ACCEPT, TOWN_HALL)
        .positions(CAMERAS, Stance.OPPOSE, AMINA, KARIM, LUCIE, RESIDENTS, SOCIAL_CENTRE)
        .positions(CAMERAS, Stance.ABSTAIN, CLUB)
        .closeRound(FACILITATOR)
        // Between the rounds: the objection is met by an amendment, not overruled.
        .later(Duration.ofDays(10))
        .amend(
            AMINA,
            GREEN_PATH,
            ProposalContent.of(
                "A green path to the town centre, " + "round the playground",
                "A lit walking and cycling path from the Tilleuls square to the market hall. It "
                    + "skirts the playground along the allotments (80 m longer), behind a hedge "
                    + "planted by the residents, with a raised crossing over the ring road.",
                195_000,
                ISOLATION,
                MEETING),
            "Meets Karim's objection: the path goes round the playground instead of through it.")
        .openRound(FACILITATOR, GREEN_PATH)
        .positions(
            GREEN_PATH,
            Stance.SUPPORT,
            AMINA,
            KARIM,
            MARCEL,
            TOWN_HALL,
            PREFECTURE,
            CLUB,
            SOCIAL_CENTRE,
            RESIDENTS)
        .positions(GREEN_PATH, Stance.ACCEPT, LUCIE, LANDLORD)
        .closeRound(FACILITATOR);
    answers(s);
    s.adopt(
            FACILITATOR,
            OPEN_UP,
            "Open Les Tilleuls onto the town: walk, cycle or ride to the " + "centre",
            GREEN_PATH,
            BUS_LINE)
        .adopt(
            FACILITATOR,
            YOUNG,
            "A place of their own for the young people of both " + "neighbourhoods",
            YOUTH_HUB)
        .adopt(FACILITATOR, SQUARE, "Bring the town to the Tilleuls square", GARDEN_MARKET);
  }

  /** The project owner's reasoned answer to every proposal, merged ones included. */
  private static void answers(Script s) {
    s.answer(
            TOWN_HALL,
            GREEN_PATH,
            AnswerKind.ACCEPTED,
            "Adopted in round 2 once it went round "
                + "the playground. The town funds the path and asks the department for the crossing.")
        .answer(
            TOWN_HALL,
            YOUTH_HUB,
            AnswerKind.ACCEPTED,
            "Adopted in round 1. It is built on "
                + "the landlord's unused lawn; works start in the spring.")
        .answer(
            TOWN_HALL,
            CITY_PITCH,
            AnswerKind.ACCEPTED,
            "Taken up in full within the youth " + "and sports hub.")
        .answer(
            TOWN_HALL,
            YOUTH_ROOM,
            AnswerKind.PARTLY_ACCEPTED,
            "Taken up within the hub, open "
                + "two evenings a week in the first year rather than three, while a second youth "
                + "worker is recruited.")
        .answer(
            TOWN_HALL,
            GARDEN_MARKET,
            AnswerKind.ACCEPTED,
            "Adopted in round 1. The market " + "gets a municipal trading permit at no charge.")
        .answer(
            TOWN_HALL,
            BUS_LINE,
            AnswerKind.ACCEPTED,
            "Adopted in round 1. The new timetable " + "starts in September.")
        .answer(
            TOWN_HALL,
            CAMERAS,
            AnswerKind.DECLINED,
            "Rejected in round 1: inhabitants and "
                + "associations fear it would stigmatise the estate. Safety is taken up by lighting "
                + "the green path and by activity on the square.");
  }

  /**
   * Co-carried action. Each objective becomes one or more actions, and each actor commits what it
   * has: money from the institutions, hours and competences from inhabitants and associations, land
   * and rooms from the landlord. The charter requires at least two kinds of carrier per action
   * before the evaluation can begin. Participants define the indicators they will watch.
   */
  private static void action(Script s) {
    s.later(Duration.ofDays(30))
        .advance(FACILITATOR)
        .launch(TOWN_HALL, PATH_WORKS, OPEN_UP, "Build the green path and its crossing")
        .commit(TOWN_HALL, PATH_WORKS, Resource.money(150_000))
        .commit(PREFECTURE, PATH_WORKS, Resource.money(45_000))
        .commit(RESIDENTS, PATH_WORKS, Resource.hours(120, "walks to trace the route with tenants"))
        .commit(LUCIE, PATH_WORKS, Resource.competence(Competence.of("landscape gardening")))
        .launch(TOWN_HALL, BUS, OPEN_UP, "Run line 2 every 20 minutes to Les Tilleuls")
        .commit(TOWN_HALL, BUS, Resource.money(40_000))
        .commit(MARCEL, BUS, Resource.hours(30, "users' panel: test rides and timetable"))
        .commit(AMINA, BUS, Resource.hours(30, "users' panel: test rides and timetable"))
        .launch(SOCIAL_CENTRE, HUB, YOUNG, "Build and run the youth and sports hub")
        .commit(
            LANDLORD,
            HUB,
            new Resource(
                ResourceKind.MATERIAL, BigDecimal.ONE, "2,000 m² of lawn between the towers"))
        .commit(PREFECTURE, HUB, Resource.money(55_000))
        .commit(TOWN_HALL, HUB, Resource.money(30_000))
        .commit(CLUB, HUB, Resource.competence(Competence.of("sports coaching")))
        .commit(CLUB, HUB, Resource.hours(200, "coached sessions"))
        .commit(SOCIAL_CENTRE, HUB, Resource.competence(Competence.of("youth work")))
        .commit(KARIM, HUB, Resource.hours(40, "steering group of young people and parents"))
        .launch(RESIDENTS, GARDEN, SQUARE, "Plant the shared garden and hold a Saturday market")
        .commit(RESIDENTS, GARDEN, Resource.hours(300, "garden and market volunteers"))
        .commit(
            LANDLORD,
            GARDEN,
            new Resource(ResourceKind.MATERIAL, BigDecimal.ONE, "garden plot and a storage room"))
        .commit(TOWN_HALL, GARDEN, Resource.money(15_000))
        .commit(LUCIE, GARDEN, Resource.competence(Competence.of("landscape gardening")))
        .indicator(
            RESIDENTS,
            IndicatorId.of("walkers"),
            PATH_WORKS,
            "people walking or cycling the path on a weekday",
            "people/day",
            300)
        .indicator(
            AMINA,
            IndicatorId.of("bus-rides"),
            BUS,
            "bus rides from the Tilleuls stop",
            "rides/week",
            600)
        .indicator(
            SOCIAL_CENTRE,
            IndicatorId.of("hub-members"),
            HUB,
            "young people registered at the hub, from both neighbourhoods",
            "people",
            80)
        .indicator(
            RESIDENTS,
            IndicatorId.of("market-visitors"),
            GARDEN,
            "visitors from outside Les Tilleuls on a market Saturday",
            "people",
            150)
        .expect(
            SOCIAL_CENTRE,
            BOURG_YOUTH,
            YOUNG,
            "young people of Le Vieux Bourg among the hub's members",
            "% of members",
            30,
            HORIZON);
  }

  /**
   * Participatory evaluation, a year later. Observed values are reported next to the expected ones;
   * the participants themselves choose the criteria, and everyone who took part rates them. The
   * owner closes the process, which it may only do once every proposal has its answer.
   */
  private static void evaluation(Script s) {
    s.advance(FACILITATOR).later(Duration.ofDays(365));
    deliveries(s);
    s.report(RESIDENTS, IndicatorId.of("walkers"), 340)
        .report(AMINA, IndicatorId.of("bus-rides"), 480)
        .report(SOCIAL_CENTRE, IndicatorId.of("hub-members"), 95)
        .report(RESIDENTS, IndicatorId.of("market-visitors"), 120)
        .report(AMINA, WALK_TO_CENTRE, 35)
        .report(SOCIAL_CENTRE, BOURG_YOUTH, 35)
        .criterion(LUCIE, HEARD, "Were our proposals heard and answered?")
        .criterion(LANDLORD, MEANS, "Did each partner bring what it promised?");
    // Everyone who took a position rates every criterion, from 1 to 5, in this order:
    //               AMINA KARIM LUCIE MARCEL RESIDENTS CLUB CENTRE TOWN LANDLORD PREFECTURE
    rateAll(s, MEET, 4, 4, 3, 4, 4, 4, 5, 4, 4, 3);
    rateAll(s, REACH, 5, 4, 4, 5, 4, 5, 4, 4, 4, 4);
    rateAll(s, MEANS, 4, 3, 4, 4, 3, 4, 4, 4, 5, 4);
    // Some ratings come with a comment.
    s.rate(
            KARIM,
            HEARD,
            5,
            "My objection changed the path; my children still have their " + "playground.")
        .rate(LUCIE, HEARD, 4, "Our garden was adopted at once; the youth room only in part.")
        .rate(PREFECTURE, HEARD, 3, "Our cameras were rejected, with reasons we can accept.")
        .rate(AMINA, HEARD, 5)
        .rate(MARCEL, HEARD, 4)
        .rate(RESIDENTS, HEARD, 5)
        .rate(CLUB, HEARD, 4)
        .rate(SOCIAL_CENTRE, HEARD, 5)
        .rate(TOWN_HALL, HEARD, 5)
        .rate(LANDLORD, HEARD, 4);
    exPost(s);
    s.close(
        TOWN_HALL,
        "Three objectives adopted together, four actions carried by "
            + "institutions, inhabitants and associations; bus use below target, to be reviewed "
            + "with the users' panel.");
  }

  private static final Actor[] RATERS = {
    AMINA, KARIM, LUCIE, MARCEL, RESIDENTS, CLUB, SOCIAL_CENTRE, TOWN_HALL, LANDLORD, PREFECTURE
  };

  /**
   * What each carrier delivered, a year on, against each of its commitments (numbered from 1 in the
   * order they were made for the action). Most delivered what they promised; the prefecture gave
   * 35,000 of the 55,000 it committed to the hub, and the club 160 of its 200 coached hours, while
   * the residents gave 320 garden hours for 300.
   */
  private static void deliveries(Script s) {
    s.deliver(TOWN_HALL, PATH_WORKS, 1, ResourceKind.MONEY, 150_000)
        .deliver(PREFECTURE, PATH_WORKS, 2, ResourceKind.MONEY, 45_000)
        .deliver(RESIDENTS, PATH_WORKS, 3, ResourceKind.HOURS, 120)
        .deliver(LUCIE, PATH_WORKS, 4, ResourceKind.COMPETENCE, 1)
        .deliver(TOWN_HALL, BUS, 1, ResourceKind.MONEY, 40_000)
        .deliver(MARCEL, BUS, 2, ResourceKind.HOURS, 30)
        .deliver(AMINA, BUS, 3, ResourceKind.HOURS, 30)
        .deliver(LANDLORD, HUB, 1, ResourceKind.MATERIAL, 1)
        .deliver(
            PREFECTURE,
            HUB,
            2,
            ResourceKind.MONEY,
            35_000,
            "The state's urban policy credits were cut this year; the balance is asked for next"
                + " year.")
        .deliver(TOWN_HALL, HUB, 3, ResourceKind.MONEY, 30_000)
        .deliver(CLUB, HUB, 4, ResourceKind.COMPETENCE, 1)
        .deliver(
            CLUB, HUB, 5, ResourceKind.HOURS, 160, "One of our two coaches left in the spring.")
        .deliver(SOCIAL_CENTRE, HUB, 6, ResourceKind.COMPETENCE, 1)
        .deliver(KARIM, HUB, 7, ResourceKind.HOURS, 40)
        .deliver(RESIDENTS, GARDEN, 1, ResourceKind.HOURS, 320)
        .deliver(LANDLORD, GARDEN, 2, ResourceKind.MATERIAL, 1)
        .deliver(TOWN_HALL, GARDEN, 3, ResourceKind.MONEY, 15_000)
        .deliver(LUCIE, GARDEN, 4, ResourceKind.COMPETENCE, 1);
  }

  /**
   * The ex-post grades: the same graders grade each action on the criteria they chose in the
   * diagnosis, so that each action's majority grade can be set against the ex-ante grades of the
   * proposals it came of.
   */
  private static void exPost(Script s) {
    //                       AMINA KARIM LUCIE MARCEL RESIDENTS CLUB CENTRE TOWN LANDLORD PREFECTURE
    gradeAll(s, PATH_WORKS, MEET, 4, 4, 4, 5, 4, 3, 4, 4, 3, 4); // 3 3 4 4 [4] 4 4 4 4 5 -> 4
    gradeAll(s, BUS, MEET, 3, 3, 4, 4, 3, 3, 3, 3, 3, 2); // 2 3 3 3 [3] 3 3 3 4 4 -> 3
    gradeAll(s, HUB, MEET, 4, 5, 4, 3, 4, 5, 5, 4, 4, 3); // 3 3 4 4 [4] 4 4 5 5 5 -> 4
    gradeAll(s, GARDEN, MEET, 3, 3, 4, 4, 3, 2, 4, 3, 3, 3); // 2 3 3 3 [3] 3 3 4 4 4 -> 3
    gradeAll(s, PATH_WORKS, REACH, 5, 5, 4, 5, 5, 4, 5, 5, 4, 4); // 4 4 4 4 [5] 5 5 5 5 5 -> 5
    gradeAll(s, BUS, REACH, 4, 4, 4, 5, 4, 5, 4, 4, 3, 4); // 3 4 4 4 [4] 4 4 4 5 5 -> 4
    gradeAll(s, HUB, REACH, 2, 2, 2, 2, 3, 3, 2, 2, 2, 2); // 2 2 2 2 [2] 2 2 2 3 3 -> 2
    gradeAll(s, GARDEN, REACH, 2, 2, 3, 3, 2, 2, 2, 2, 2, 2); // 2 2 2 2 [2] 2 2 2 3 3 -> 2
  }

  private static void gradeAll(Script s, ActionId action, CriterionId criterion, int... grades) {
    for (int i = 0; i < RATERS.length; i++) {
      s.rateAction(RATERS[i], action, criterion, grades[i]);
    }
  }

  private static void rateAll(Script s, CriterionId criterion, int... scores) {
    for (int i = 0; i < RATERS.length; i++) {
      s.rate(RATERS[i], criterion, scores[i]);
    }
  }
}
