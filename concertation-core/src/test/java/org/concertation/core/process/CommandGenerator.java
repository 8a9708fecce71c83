package org.concertation.core.process;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.concertation.api.Result;
import org.concertation.api.charter.Activity;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.decision.GradeScale;
import org.concertation.api.domain.ActionId;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.AnswerKind;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.College;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.CriterionId;
import org.concertation.api.domain.DeadlineTarget;
import org.concertation.api.domain.IndicatorId;
import org.concertation.api.domain.ObjectiveId;
import org.concertation.api.domain.PanelDrawRecord;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.Proposal;
import org.concertation.api.domain.ProposalContent;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.domain.Resource;
import org.concertation.api.domain.Role;
import org.concertation.api.domain.Stake;
import org.concertation.api.domain.StakeId;
import org.concertation.api.domain.Stance;
import org.concertation.api.event.Event;
import org.concertation.core.Charters;
import org.jspecify.annotations.Nullable;

/**
 * Draws random command sequences for a charter. Most commands are plausible for the current state
 * (issued by someone likely to be allowed, naming things that exist) so that sequences reach every
 * phase; the rest are arbitrary, so that every rejection is exercised. Identities come from small
 * pools so that collisions happen; time mostly moves forward and sometimes goes back.
 */
final class CommandGenerator {
  private static final ConcertationDecider DECIDER = ConcertationDecider.create();

  static final ImmutableList<Actor> ACTORS =
      ImmutableList.of(
          Actor.of("owner", "Town hall", ActorKind.INSTITUTION),
          Actor.of("facilitator", "Facilitator", ActorKind.INSTITUTION),
          Actor.of("prefecture", "Prefecture", ActorKind.INSTITUTION),
          Actor.of("landlord", "Social landlord", ActorKind.INSTITUTION),
          Actor.of("ana", "Ana", ActorKind.INHABITANT),
          Actor.of("bilal", "Bilal", ActorKind.INHABITANT),
          Actor.of("chloe", "Chloé", ActorKind.INHABITANT),
          Actor.of("club", "Sports club", ActorKind.ASSOCIATION),
          Actor.of("centre", "Social centre", ActorKind.ASSOCIATION),
          Actor.of("bakery", "Bakery", ActorKind.of("company")));
  private static final Actor STRANGER = Actor.of("stranger", "Stranger", ActorKind.INHABITANT);
  private static final List<StakeId> STAKES = ids(StakeId::of, "s", 4);
  private static final List<ProposalId> PROPOSALS = ids(ProposalId::of, "p", 8);
  private static final List<ObjectiveId> OBJECTIVES = ids(ObjectiveId::of, "o", 3);
  private static final List<ActionId> ACTIONS = ids(ActionId::of, "a", 3);
  private static final List<IndicatorId> INDICATORS = ids(IndicatorId::of, "i", 3);
  private static final List<CriterionId> CRITERIA = ids(CriterionId::of, "c", 3);
  private static final List<CollegeId> COLLEGES =
      List.of(
          CollegeId.of("inhabitants"), CollegeId.of("institutions"), CollegeId.of("neighbours"));

  private static final Phase[] NON_TERMINAL = {
    Phase.FRAMING,
    Phase.DIAGNOSIS,
    Phase.PROPOSALS,
    Phase.NEGOTIATION,
    Phase.ACTION,
    Phase.EVALUATION
  };
  private static final Charter OTHER_CHARTER =
      Charter.builder().from(org.concertation.core.Charters.missionLogic()).name("another").build();

  private final Charter charter;
  private final SplittableRandom random;
  private ProcessState state;
  private Instant now = Instant.parse("2026-03-02T09:00:00Z");

  // exante: whether the charter holds prospective assessments, which only then are generated
  private final boolean prospective;

  private CommandGenerator(Charter charter, SplittableRandom random) {
    this.charter = charter;
    this.random = random;
    this.state = DECIDER.initialState(charter);
    this.prospective = charter.grants().stream().anyMatch(g -> g.activity() == Activity.ASSESS);
  }

  /** A sequence of commands for this charter, of a random length up to {@code maxLength}. */
  static List<Command> sequence(Charter charter, SplittableRandom random, int maxLength) {
    CommandGenerator generator = new CommandGenerator(charter, random);
    int length = 1 + random.nextInt(maxLength);
    List<Command> commands = new ArrayList<>(length);
    for (int i = 0; i < length && !generator.state.isTerminal(); i++) {
      Command command = generator.next();
      commands.add(command);
      Result<Event> result = DECIDER.decide(command, generator.state);
      generator.state = DECIDER.fold(generator.state, result.events());
    }
    return commands;
  }

  /** The ranked rules' labels, all of which a ballot charter may use. */
  private static final List<String> RANKED =
      List.of(
          "plurality",
          "borda",
          "copeland",
          "schulze",
          "ranked-pairs",
          "irv",
          "kemeny",
          "minimax",
          "stv");

  /**
   * A charter that uses ballot rounds: one of the ready-made charters with three or four rounds,
   * most of them decided by a ballot rule of a random kind (ranked, approval, graded or budget),
   * choosing or judging, with or without quorum, letting a later ballot replace the earlier one or
   * not.
   */
  static Charter ballotCharter(SplittableRandom random) {
    Charter base = random.nextBoolean() ? Charters.projectLogic() : Charters.missionLogic();
    int rounds = 3 + random.nextInt(2);
    java.util.Map<Integer, BallotRule> rules = new java.util.HashMap<>();
    int firstKind = random.nextInt(BallotRule.Kind.values().length);
    for (int round = 1; round <= rounds; round++) {
      if (random.nextInt(100) < 80) {
        BallotRule.Kind kind =
            BallotRule.Kind.values()[(firstKind + round) % BallotRule.Kind.values().length];
        rules.put(round, ballotRule(kind, random));
      }
    }
    return Charter.builder()
        .from(base)
        .roundLimit(rounds)
        .roundRules(java.util.Map.of())
        .ballotRules(rules)
        .laterBallotReplaces(random.nextBoolean())
        .build();
  }

  /**
   * A charter whose ballot rounds weigh colleges: a {@link #ballotCharter} whose every ballot rule
   * counts each college with its weight, under colleges of random weights from 1 to {@value
   * #MAX_COLLEGE_WEIGHT} (the project logic's three, or the mission logic's none, to which the
   * sequences add colleges of their own).
   */
  static Charter weightedBallotCharter(SplittableRandom random) {
    Charter ballots = ballotCharter(random);
    java.util.Map<Integer, BallotRule> weighted = new java.util.HashMap<>();
    ballots
        .ballotRules()
        .forEach((round, rule) -> weighted.put(round, rule.withCollegeWeights(true)));
    List<College> colleges = new ArrayList<>();
    for (College college : ballots.colleges()) {
      colleges.add(
          new College(
              college.id(),
              college.name(),
              1 + random.nextInt(MAX_COLLEGE_WEIGHT),
              college.kinds()));
    }
    return Charter.builder().from(ballots).colleges(colleges).ballotRules(weighted).build();
  }

  /** The highest weight of a college in a {@link #weightedBallotCharter}. */
  static final int MAX_COLLEGE_WEIGHT = 4;

  private static BallotRule ballotRule(BallotRule.Kind kind, SplittableRandom random) {
    BallotRule rule;
    switch (kind) {
      case RANKED:
        {
          String label = RANKED.get(random.nextInt(RANKED.size()));
          rule = BallotRule.ranked(label, 1 + random.nextInt(label.equals("stv") ? 3 : 2));
          break;
        }
      case APPROVAL:
        rule = BallotRule.approval();
        rule = random.nextInt(3) == 0 ? rule.judging(1) : rule.choosing(1 + random.nextInt(2));
        break;
      case GRADED:
        {
          int which = random.nextInt(3);
          rule =
              which == 0
                  ? BallotRule.score(1 + random.nextInt(5))
                  : which == 1
                      ? BallotRule.majorityJudgment("reject", "fair", "good", "very good")
                      : BallotRule.gradientsOfAgreement();
          if (which < 2 && random.nextInt(3) == 0) {
            GradeScale scale = rule.scale().orElseThrow();
            rule = rule.judging(scale.lowest() + random.nextInt(scale.names().size()));
          }
          break;
        }
      default:
        {
          String label = List.of("greedy", "mes", "phragmen").get(random.nextInt(3));
          rule = BallotRule.budget(label, random.nextInt(120_000));
          if (!label.equals("phragmen") && random.nextBoolean()) {
            rule = rule.withUtility("approval");
          }
          if (label.equals("mes")) {
            if (random.nextBoolean()) {
              rule = rule.withIncrement(random.nextBoolean() ? "1%" : "5");
            }
            rule = rule.withGreedyCompletion(random.nextBoolean());
          }
          rule = rule.withMinApprovals(random.nextInt(3));
        }
    }
    return random.nextInt(4) == 0
        ? rule.withQuorum(
            org.concertation.api.decision.Quorum.of(
                org.concertation.api.decision.Fraction.of(1, 3),
                org.concertation.api.decision.Fraction.of(1, 4)))
        : rule;
  }

  private static <T> List<T> ids(java.util.function.Function<String, T> of, String prefix, int n) {
    List<T> ids = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      ids.add(of.apply(prefix + i));
    }
    return List.copyOf(ids);
  }

  private <T> T pick(List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  private boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  private Instant at() {
    if (chance(2)) {
      return now.minus(Duration.ofHours(1));
    }
    now = now.plus(Duration.ofMinutes(1 + random.nextInt(90)));
    return now;
  }

  /** Mostly a registered actor, sometimes anyone, sometimes a stranger. */
  private ActorId someone() {
    if (!state.members.isEmpty() && chance(85)) {
      return pick(List.copyOf(state.members.keySet()));
    }
    return chance(90) ? pick(ACTORS).id() : STRANGER.id();
  }

  private ActorId steward() {
    return chance(60) ? ACTORS.get(0).id() : chance(70) ? ACTORS.get(1).id() : someone();
  }

  private ImmutableSet<StakeId> someStakes() {
    ImmutableSet.Builder<StakeId> stakes = ImmutableSet.builder();
    List<StakeId> known =
        state.stakes.values().stream()
            .filter(s -> s.validated() || chance(10))
            .map(Stake::id)
            .toList();
    List<StakeId> from = known.isEmpty() || chance(10) ? STAKES : known;
    int n = random.nextInt(3);
    for (int i = 0; i < n; i++) {
      stakes.add(pick(from));
    }
    return stakes.build();
  }

  private ProposalContent content(String title) {
    // budget rounds count only proposals with a cost: under their charters, nearly all have one
    int withCost =
        charter.ballotRules().values().stream().anyMatch(r -> r.kind() == BallotRule.Kind.BUDGET)
            ? 97
            : 70;
    Optional<BigDecimal> cost =
        chance(withCost)
            ? Optional.of(BigDecimal.valueOf(random.nextInt(50_000)))
            : Optional.empty();
    return new ProposalContent(title, "text of " + title, someStakes(), cost);
  }

  private List<ProposalId> proposalsWith(ProposalStatus status) {
    return state.proposals.values().stream()
        .filter(p -> p.status() == status)
        .map(Proposal::id)
        .sorted()
        .toList();
  }

  private ProposalId someProposal(ProposalStatus likely) {
    List<ProposalId> candidates = proposalsWith(likely);
    return candidates.isEmpty() || chance(15) ? pick(PROPOSALS) : pick(candidates);
  }

  private <K> K existingOr(java.util.Collection<K> existing, List<K> pool) {
    return existing.isEmpty() || chance(15) ? pick(pool) : pick(List.copyOf(existing));
  }

  private Command next() {
    Instant at = at();
    if (state.version == 0 && chance(50)) {
      // a stream that opens itself, now and then under another charter than its own
      Charter named = chance(95) ? charter : OTHER_CHARTER;
      return new Command.OpenProcess(ACTORS.get(0).id(), at, named, "The square");
    }
    if (chance(1)) {
      return chance(20)
          ? new Command.OpenProcess(steward(), at, charter, "Opened again")
          : deadline(at);
    }
    if (state.members.isEmpty() && chance(90)) {
      Actor owner = ACTORS.get(0);
      return new Command.RegisterActor(owner.id(), at, owner, Role.PROJECT_OWNER, Optional.empty());
    }
    Phase phase = state.phase;
    int roll = random.nextInt(100);
    if (roll < 7) {
      if (phase == Phase.FRAMING && state.members.size() < 6 && chance(80)) {
        return registration(at); // mostly, a few actors of each kind before the diagnosis
      }
      return new Command.AdvancePhase(steward(), at);
    }
    if (roll < 8) {
      return new Command.ReopenPhase(
          steward(), at, pick(List.of(Phase.values())), "to walk the path again");
    }
    if (roll < 9 && chance(10)) {
      return new Command.Abandon(steward(), at, "funding withdrawn");
    }
    if (roll < 12) {
      return new Command.Close(steward(), at, "the project goes on without us");
    }
    if (roll < 13 && chance(30)) {
      // consent: now and then someone leaves, the owner too (who may not)
      return new Command.LeaveProcess(pick(ACTORS).id(), at);
    }
    // exante: under a charter with prospective assessment, its commands now and then; other
    // charters draw nothing more, so that their sequences stay as they were
    Command prospectiveCommand = prospective && chance(35) ? prospective(at) : null;
    if (prospectiveCommand != null) {
      return prospectiveCommand;
    }
    // otherwise a command that fits the phase, or, one time in five, any command
    Phase target = chance(80) ? phase : pick(List.of(Phase.values()));
    switch (target) {
      case FRAMING:
        return registration(at);
      case DIAGNOSIS:
        return chance(15) ? registration(at) : diagnosis(at);
      case PROPOSALS:
        return chance(20) ? registration(at) : proposals(at);
      case NEGOTIATION:
        return chance(25) ? proposals(at) : negotiation(at);
      case ACTION:
        return chance(20) ? answer(at) : action(at);
      default:
        return chance(20) ? answer(at) : evaluation(at);
    }
  }

  /**
   * Sets a deadline, mostly of the current phase or the open round, mostly a few hours or days
   * ahead (so that deadlines pass during a sequence), sometimes in the past.
   */
  private Command deadline(Instant at) {
    RoundState round = state.openRound;
    DeadlineTarget target =
        round != null && chance(40)
            ? DeadlineTarget.round(chance(90) ? round.number() : 1 + random.nextInt(4))
            : DeadlineTarget.phase(
                chance(70) ? nonTerminal(state.phase) : pick(List.of(NON_TERMINAL)));
    Instant deadline =
        chance(10)
            ? at.minus(Duration.ofHours(1))
            : at.plus(Duration.ofMinutes(30 + random.nextInt(5 * 24 * 60)));
    return new Command.SetDeadline(steward(), at, target, deadline, "the calendar moved");
  }

  private static Phase nonTerminal(Phase phase) {
    return phase.isTerminal() ? Phase.FRAMING : phase;
  }

  private Command registration(Instant at) {
    if (chance(10)) {
      if (chance(25)) { // a college's draw by lot, recorded, into a college that may be unknown
        return new Command.RecordPanelDraw(
            steward(),
            at,
            pick(COLLEGES),
            new PanelDrawRecord(
                "leximin",
                random.nextLong(),
                "pool digest",
                ImmutableList.of("gender,female,1,1"),
                "distribution digest",
                ImmutableList.of("1", "2")));
      }
      College college = College.of(pick(COLLEGES).value(), "College", 1 + random.nextInt(3));
      return new Command.RegisterCollege(steward(), at, college);
    }
    Actor actor = chance(95) ? pick(ACTORS) : STRANGER;
    boolean self = chance(50);
    Role role =
        self
            ? (chance(90) ? Role.PARTICIPANT : pick(List.of(Role.values())))
            : actor.equals(ACTORS.get(1))
                ? Role.FACILITATOR
                : chance(85) ? Role.PARTICIPANT : pick(List.of(Role.values()));
    Optional<CollegeId> college = chance(15) ? Optional.of(pick(COLLEGES)) : Optional.empty();
    return new Command.RegisterActor(self ? actor.id() : steward(), at, actor, role, college);
  }

  private Command diagnosis(Instant at) {
    int roll = random.nextInt(10);
    StakeId stake = pick(STAKES);
    if (roll < 3) {
      return new Command.IdentifyStake(someone(), at, stake, "stake " + stake);
    }
    if (roll < 5) {
      return new Command.ValidateStake(steward(), at, stake);
    }
    ImmutableSet<StakeId> stakes =
        state.stakes.isEmpty()
            ? ImmutableSet.of()
            : ImmutableSet.of(existingOr(state.stakes.keySet(), STAKES));
    return new Command.Contribute(someone(), at, "what I see here", stakes);
  }

  private Command proposals(Instant at) {
    int roll = random.nextInt(10);
    if (roll < 5) {
      return new Command.SubmitProposal(
          someone(),
          at,
          pick(PROPOSALS),
          content("proposal"),
          chance(20) ? ImmutableSet.of(someone()) : ImmutableSet.of());
    }
    if (roll < 7) {
      return new Command.AmendProposal(
          someone(),
          at,
          someProposal(ProposalStatus.OPEN),
          content("amended"),
          "closer to our needs");
    }
    if (roll < 8) {
      List<ProposalId> open = proposalsWith(ProposalStatus.OPEN);
      List<ProposalId> sources =
          open.size() >= 2 && chance(80)
              ? List.of(open.get(0), open.get(open.size() - 1))
              : List.of(pick(PROPOSALS), pick(PROPOSALS));
      return new Command.MergeProposals(
          steward(), at, pick(PROPOSALS), ImmutableList.copyOf(sources), content("merged"));
    }
    if (roll < 9) {
      ProposalId proposal = someProposal(ProposalStatus.OPEN);
      ActorId by =
          state
              .proposal(proposal)
              .map(p -> p.authors().iterator().next())
              .filter(a -> chance(80))
              .orElse(someone());
      return new Command.WithdrawProposal(by, at, proposal, "no longer needed");
    }
    return answer(at);
  }

  private Command negotiation(Instant at) {
    RoundState round = state.openRound;
    if (round == null || chance(5)) {
      List<ProposalId> open = proposalsWith(ProposalStatus.OPEN);
      List<ProposalId> agenda = new ArrayList<>();
      for (ProposalId p : open) {
        if (chance(80)) {
          agenda.add(p);
        }
      }
      if (chance(10)) {
        agenda.add(pick(PROPOSALS));
      }
      return new Command.OpenRound(
          steward(), at, ImmutableList.copyOf(new java.util.LinkedHashSet<>(agenda)));
    }
    if (chance(12)) {
      return new Command.CloseRound(steward(), at);
    }
    if (round.isBallotRound() ? chance(92) : chance(3)) {
      return new Command.CastBallot(someone(), at, ballot(round));
    }
    ProposalId proposal = chance(90) ? pick(round.agenda()) : pick(PROPOSALS);
    // mostly favourable, so that proposals get adopted and processes reach action and evaluation
    int mood = random.nextInt(100);
    Stance stance =
        mood < 45
            ? Stance.SUPPORT
            : mood < 70
                ? Stance.ACCEPT
                : mood < 82 ? Stance.ABSTAIN : mood < 94 ? Stance.OPPOSE : Stance.OBJECT;
    Optional<String> reason =
        stance == Stance.OBJECT || chance(10)
            ? Optional.of("it harms the neighbourhood")
            : Optional.empty();
    return Command.TakePosition.of(someone(), at, proposal, stance, reason);
  }

  /**
   * A ballot for the round: mostly of the kind its rule counts and valid, sometimes of another
   * kind, naming a proposal off the agenda or twice, empty, or with a grade off the scale or
   * missing.
   */
  private Ballot ballot(RoundState round) {
    Ballot.Kind kind =
        round
            .ballotRule()
            .filter(r -> chance(95))
            .map(BallotRule::ballotKind)
            .orElseGet(() -> pick(List.of(Ballot.Kind.values())));
    List<ProposalId> agenda = new ArrayList<>(round.agenda());
    java.util.Collections.shuffle(agenda, new java.util.Random(random.nextLong()));
    if (chance(4)) {
      agenda.add(pick(PROPOSALS));
    }
    switch (kind) {
      case RANKING:
        {
          int named = chance(3) ? 0 : 1 + random.nextInt(agenda.size());
          List<List<ProposalId>> tiers = new ArrayList<>();
          for (ProposalId id : agenda.subList(0, named)) {
            if (tiers.isEmpty() || chance(70)) {
              tiers.add(new ArrayList<>());
            }
            tiers.get(tiers.size() - 1).add(id);
          }
          if (named > 0 && chance(3)) {
            tiers.add(List.of(agenda.get(0)));
          }
          return Ballot.Ranking.of(tiers);
        }
      case APPROVALS:
        {
          ImmutableSet.Builder<ProposalId> approved = ImmutableSet.builder();
          for (ProposalId id : agenda) {
            if (chance(45)) {
              approved.add(id);
            }
          }
          return new Ballot.Approvals(approved.build());
        }
      default:
        {
          GradeScale scale =
              round.ballotRule().flatMap(BallotRule::scale).orElse(GradeScale.score(4));
          java.util.Map<ProposalId, Integer> grades = new java.util.LinkedHashMap<>();
          for (ProposalId id : agenda) {
            if (chance(97)) {
              int grade =
                  chance(3)
                      ? scale.highest() + 1
                      : scale.lowest() + random.nextInt(scale.highest() - scale.lowest() + 1);
              grades.put(id, grade);
            }
          }
          return Ballot.Grades.of(grades);
        }
    }
  }

  private Command answer(Instant at) {
    // mostly a proposal still awaiting its answer, so that processes can close
    List<ProposalId> unanswered =
        state.proposals.values().stream()
            .filter(p -> p.answer().isEmpty() && p.status() != ProposalStatus.OPEN)
            .map(Proposal::id)
            .sorted()
            .toList();
    return new Command.AnswerProposal(
        chance(80) ? ACTORS.get(0).id() : someone(),
        at,
        unanswered.isEmpty() || chance(20)
            ? existingOr(state.proposals.keySet(), PROPOSALS)
            : pick(unanswered),
        pick(List.of(AnswerKind.values())),
        "because the budget allows it");
  }

  private Command action(Instant at) {
    int roll = random.nextInt(10);
    if (roll < 2) {
      List<ProposalId> adopted = proposalsWith(ProposalStatus.ADOPTED);
      ImmutableSet<ProposalId> from =
          adopted.isEmpty() || chance(10)
              ? ImmutableSet.of(pick(PROPOSALS))
              : ImmutableSet.of(pick(adopted));
      return new Command.AdoptObjective(steward(), at, pick(OBJECTIVES), "objective", from);
    }
    if (roll < 4) {
      return new Command.LaunchAction(
          steward(),
          at,
          pick(ACTIONS),
          existingOr(state.objectives.keySet(), OBJECTIVES),
          "action");
    }
    if (roll < 8) {
      Resource resource =
          chance(50)
              ? Resource.money(1 + random.nextInt(10_000))
              : Resource.hours(1 + random.nextInt(100), "volunteering");
      return new Command.Commit(
          someone(), at, existingOr(state.actions.keySet(), ACTIONS), resource);
    }
    if (roll < 9) {
      return new Command.DefineIndicator(
          steward(),
          at,
          pick(INDICATORS),
          existingOr(state.actions.keySet(), ACTIONS),
          "people reached",
          "people",
          BigDecimal.valueOf(random.nextInt(200)));
    }
    return new Command.ReportIndicator(
        steward(),
        at,
        existingOr(state.indicators.keySet(), INDICATORS),
        BigDecimal.valueOf(random.nextInt(200)));
  }

  private Command evaluation(Instant at) {
    int roll = random.nextInt(10);
    if (roll < 3) {
      return new Command.DefineCriterion(someone(), at, pick(CRITERIA), "criterion");
    }
    if (roll < 8) {
      return Command.Rate.of(
          someone(),
          at,
          existingOr(state.criteria.keySet(), CRITERIA),
          1 + random.nextInt(5),
          chance(30) ? Optional.of("useful") : Optional.empty());
    }
    return new Command.ReportIndicator(
        steward(),
        at,
        existingOr(state.indicators.keySet(), INDICATORS),
        BigDecimal.valueOf(random.nextInt(200)));
  }

  // exante: criteria early and prospective assessment

  /** The scales a criterion may name: its own, or none for the rating scale. */
  private static final List<GradeScale> CRITERION_SCALES =
      List.of(
          GradeScale.named("insufficient", "fair", "good", "very good"),
          GradeScale.score(2),
          GradeScale.rating());

  private int gradeOn(GradeScale scale) {
    return chance(3)
        ? scale.highest() + 1
        : scale.lowest() + random.nextInt(scale.highest() - scale.lowest() + 1);
  }

  private @Nullable Command prospective(Instant at) {
    // after the action, the actions are graded: the rest of an assessment is behind
    int roll =
        state.phase == Phase.EVALUATION && !state.actions.isEmpty() && chance(60)
            ? (state.criteria.isEmpty() ? 0 : 13)
            : random.nextInt(14);
    if (roll < 2) {
      return new Command.DefineCriterion(
          someone(),
          at,
          pick(CRITERIA),
          "criterion",
          chance(60) ? Optional.of(pick(CRITERION_SCALES)) : Optional.empty());
    }
    if (roll < 3) {
      java.util.Map<CriterionId, Integer> grades = new java.util.LinkedHashMap<>();
      int n = 1 + random.nextInt(3);
      for (int i = 0; i < n; i++) {
        grades.put(existingOr(state.criteria.keySet(), CRITERIA), gradeOn(charter.weighingScale()));
      }
      return new Command.WeighCriteria(
          someone(), at, com.google.common.collect.ImmutableMap.copyOf(grades));
    }
    Prospects.Assessment open = state.prospects.open;
    if (open == null && roll < 5) {
      List<ProposalId> candidates = proposalsWith(ProposalStatus.OPEN);
      List<ProposalId> agenda = new ArrayList<>();
      int n = 1 + random.nextInt(3);
      for (int i = 0; i < n; i++) {
        ProposalId id = candidates.isEmpty() || chance(10) ? pick(PROPOSALS) : pick(candidates);
        if (!agenda.contains(id)) {
          agenda.add(id);
        }
      }
      return new Command.OpenAssessment(
          chance(80) ? ACTORS.get(1).id() : someone(), at, ImmutableList.copyOf(agenda));
    }
    if (open == null && roll < 13) {
      return null; // no assessment open: a command of the phase instead
    }
    if (roll < 10 && open != null) {
      CriterionId criterion =
          chance(95) ? pick(List.copyOf(open.criteria().keySet())) : pick(CRITERIA);
      GradeScale scale = open.criteria().getOrDefault(criterion, GradeScale.rating());
      java.util.Map<ProposalId, Integer> grades = new java.util.LinkedHashMap<>();
      for (ProposalId id : open.agenda()) {
        if (chance(97)) {
          grades.put(id, gradeOn(scale));
        }
      }
      if (chance(2)) {
        grades.put(pick(PROPOSALS), scale.lowest());
      }
      return new Command.AssessProposals(someone(), at, criterion, Ballot.Grades.of(grades));
    }
    if (roll < 13) {
      return new Command.CloseAssessment(chance(80) ? ACTORS.get(1).id() : someone(), at);
    }
    CriterionId criterion = existingOr(state.criteria.keySet(), CRITERIA);
    return new Command.RateAction(
        someone(),
        at,
        existingOr(state.actions.keySet(), ACTIONS),
        criterion,
        gradeOn(state.prospects.scale(criterion)));
  }
}
