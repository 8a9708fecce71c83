package org.concertation.core.simulation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.concertation.api.Result;
import org.concertation.api.charter.Activity;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.domain.ActionId;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.AnswerKind;
import org.concertation.api.domain.CriterionId;
import org.concertation.api.domain.ObjectiveId;
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
import org.concertation.core.process.ConcertationDecider;
import org.concertation.core.process.ProcessState;
import org.jspecify.annotations.Nullable;

/**
 * Runs one simulated process: the territory's actors issue commands to the state machine, phase
 * after phase, each deciding by its preferences and strategy. Every command goes through the
 * decider exactly as a person's would; a refused command is counted and changes nothing.
 */
final class Driver {
  /** Costs are counted in units of this amount. */
  static final double COST_UNIT = 100_000;

  /** When every simulated process starts. */
  static final Instant START = Instant.parse("2030-01-07T09:00:00Z");

  private static final Duration STEP = Duration.ofMinutes(1);
  private static final Duration BETWEEN_PHASES = Duration.ofDays(14);
  private static final ActorKind INDEPENDENT = ActorKind.of("independent");
  private static final Actor FACILITATOR =
      Actor.of("facilitator", "Facilitator of the process", INDEPENDENT);
  private static final ConcertationDecider DECIDER = ConcertationDecider.create();

  /** How far above its reservation value an actor aspires, before it concedes. */
  private static final double ASPIRATION_GAP = 0.3;

  /** How far above the threshold an actor supports rather than accepts. */
  private static final double SUPPORT_MARGIN = 0.5;

  /** How far below the threshold an actor abstains rather than opposes. */
  private static final double ABSTAIN_MARGIN = 0.25;

  /** Effects below this are dropped from a proposal. */
  private static final double NEGLIGIBLE = 0.05;

  /** What the simulation knows of a proposal: its effect on each stake and its cost. */
  static final class Sim {
    final ProposalId id;
    final int submitter;
    double[] effects;
    double cost;
    double[] utilities;

    Sim(ProposalId id, int submitter, double[] effects, double cost, double[] utilities) {
      this.id = id;
      this.submitter = submitter;
      this.effects = effects;
      this.cost = cost;
      this.utilities = utilities;
    }
  }

  private final Charter charter;
  private final Territory territory;
  private final SimulationConfig config;
  private final SplittableRandom random;
  private final int n;
  private final ActorId[] ids;
  private final Map<ActorId, Integer> indexOf = new HashMap<>();
  private final boolean[] active;
  private final Map<ProposalId, Sim> sims = new LinkedHashMap<>();
  private final List<Command> commands = new ArrayList<>();
  private final List<String> rejections = new ArrayList<>();
  private ProcessState state;
  private Instant now = START;
  private boolean facilitator;
  private @Nullable End end;
  private int proposalCount;

  Driver(Charter charter, Territory territory, long seed) {
    this.charter = charter;
    this.territory = territory;
    this.config = territory.config();
    this.random = new SplittableRandom(Seeds.mix(seed, 1));
    this.n = territory.actors().size();
    this.ids = new ActorId[n];
    for (int i = 0; i < n; i++) {
      ids[i] = territory.actors().get(i).id();
      indexOf.put(ids[i], i);
    }
    this.active = new boolean[n];
    this.state = DECIDER.initialState(charter);
  }

  /** Runs the process to its end and returns what happened. */
  Outcome run() {
    framing();
    while (!state.isTerminal() && end == null) {
      Phase phase = state.phase();
      switch (phase) {
        case DIAGNOSIS:
          diagnosis();
          break;
        case PROPOSALS:
          proposals();
          break;
        case NEGOTIATION:
          negotiation();
          break;
        case ACTION:
          action();
          break;
        case EVALUATION:
          evaluation();
          break;
        default:
          break;
      }
      if (end == null && !state.isTerminal()) {
        moveOn();
      }
    }
    if (end == null) {
      end = state.phase() == Phase.CLOSED ? End.AGREEMENT : End.ABANDONED;
    }
    return new Outcome(
        end,
        state,
        ImmutableList.copyOf(commands),
        ImmutableList.copyOf(rejections),
        active.clone(),
        ImmutableList.copyOf(finals()),
        ImmutableList.copyOf(accepted()));
  }

  /** What a run leaves: how it ended, the final state, the commands and the proposals' model. */
  record Outcome(
      End end,
      ProcessState state,
      ImmutableList<Command> commands,
      ImmutableList<String> rejections,
      boolean[] active,
      ImmutableList<Sim> finals,
      ImmutableList<Sim> accepted) {}

  // --- plumbing

  private Instant at() {
    now = now.plus(STEP);
    return now;
  }

  /** Decides one command; keeps its events when accepted. */
  @CanIgnoreReturnValue
  private boolean issue(Command command) {
    commands.add(command);
    Result<Event> result = DECIDER.decide(command, state);
    if (result instanceof Result.Rejected<Event> rejected) {
      rejections.add(command.getClass().getSimpleName() + ": " + rejected.rejection().message());
      return false;
    }
    state = DECIDER.fold(state, result.events());
    Integer index = indexOf.get(command.by());
    if (index != null && !(command instanceof Command.RegisterActor)) {
      active[index] = true;
    }
    return true;
  }

  private Role role(int actor) {
    return actor == 0 ? Role.PROJECT_OWNER : Role.PARTICIPANT;
  }

  private boolean allowed(int actor, Activity activity) {
    return charter.allows(
        activity, role(actor), territory.actors().get(actor).kind(), state.phase());
  }

  /** Who runs an activity: the project owner when it may, else the facilitator, else nobody. */
  private @Nullable ActorId runner(Activity activity) {
    if (allowed(0, activity)) {
      return ids[0];
    }
    if (facilitator && charter.allows(activity, Role.FACILITATOR, INDEPENDENT, state.phase())) {
      return FACILITATOR.id();
    }
    return null;
  }

  private boolean takesPart(int actor) {
    return random.nextDouble() < territory.propensity(actor);
  }

  private void abandon(End why, String reason) {
    end = why;
    ActorId owner = runner(Activity.GOVERN);
    if (owner != null) {
      issue(new Command.Abandon(owner, at(), reason));
    }
  }

  private void moveOn() {
    now = now.plus(BETWEEN_PHASES);
    if (charter.next(state.phase()) == Phase.CLOSED) {
      ActorId owner = runner(Activity.GOVERN);
      if (owner == null || !issue(new Command.Close(owner, at(), "Closed by the simulation."))) {
        abandon(End.ABANDONED, "the process could not be closed");
      }
      return;
    }
    ActorId runner = runner(Activity.FACILITATE);
    if (runner == null || !issue(new Command.AdvancePhase(runner, at()))) {
      abandon(End.ABANDONED, "the process could not move on from " + state.phase());
    }
  }

  // --- phases

  private void framing() {
    issue(
        new Command.RegisterActor(
            ids[0], at(), territory.actors().get(0), Role.PROJECT_OWNER, Optional.empty()));
    if (allowed(0, Activity.REGISTER)) {
      facilitator =
          issue(
              new Command.RegisterActor(
                  ids[0], at(), FACILITATOR, Role.FACILITATOR, Optional.empty()));
    }
    // each actor joins by itself where the charter lets it, else the owner registers it if it may
    boolean ownerRegisters = allowed(0, Activity.REGISTER);
    for (int i = 1; i < n; i++) {
      Actor actor = territory.actors().get(i);
      boolean joins = charter.allows(Activity.JOIN, Role.PARTICIPANT, actor.kind(), state.phase());
      if (joins || ownerRegisters) {
        issue(
            new Command.RegisterActor(
                joins ? ids[i] : ids[0], at(), actor, Role.PARTICIPANT, Optional.empty()));
      }
    }
  }

  private void diagnosis() {
    for (int i = 0; i < n; i++) {
      if (allowed(i, Activity.CONTRIBUTE) && takesPart(i)) {
        contribute(i);
      }
    }
    for (ActorKind kind : charter.diagnosisKinds()) {
      if (state.contributionsByKind().containsKey(kind)) {
        continue;
      }
      for (int i = 0; i < n; i++) {
        if (territory.actors().get(i).kind().equals(kind) && allowed(i, Activity.CONTRIBUTE)) {
          contribute(i);
          break;
        }
      }
    }
    ActorId validator = runner(Activity.VALIDATE_STAKE);
    if (validator != null) {
      for (StakeId stake : territory.stakes()) {
        if (state.stakes().containsKey(stake) && !state.stakes().get(stake).validated()) {
          issue(new Command.ValidateStake(validator, at(), stake));
        }
      }
    }
    if (!state.diagnosisShared()) {
      abandon(End.ABANDONED, "the diagnosis is not shared");
    }
  }

  /** An actor speaks of the stake it cares most about, naming it first if nobody has. */
  private void contribute(int actor) {
    int top = best(territory.preferencesOf(actor), null);
    StakeId stake = territory.stakes().get(top);
    if (!state.stakes().containsKey(stake)) {
      issue(new Command.IdentifyStake(ids[actor], at(), stake, "Stake " + (top + 1)));
    }
    issue(
        new Command.Contribute(
            ids[actor],
            at(),
            "What matters most to me is stake " + (top + 1) + ".",
            ImmutableSet.of(stake)));
  }

  /**
   * The index of the largest preference, among validated stakes when {@code validated} is given.
   */
  private int best(double[] preferences, boolean @Nullable [] validated) {
    int best = -1;
    for (int s = 0; s < preferences.length; s++) {
      if ((validated == null || validated[s]) && (best < 0 || preferences[s] > preferences[best])) {
        best = s;
      }
    }
    return best;
  }

  private boolean[] validatedStakes() {
    boolean[] validated = new boolean[territory.stakes().size()];
    for (int s = 0; s < validated.length; s++) {
      Stake stake = state.stakes().get(territory.stakes().get(s));
      validated[s] = stake != null && stake.validated();
    }
    return validated;
  }

  private void proposals() {
    boolean[] validated = validatedStakes();
    List<Integer> eligible = new ArrayList<>();
    double total = 0;
    for (int i = 0; i < n; i++) {
      if (allowed(i, Activity.PROPOSE)) {
        eligible.add(i);
        total += territory.propensity(i);
      }
    }
    if (eligible.isEmpty() || best(new double[validated.length], validated) < 0 || total <= 0) {
      abandon(End.ABANDONED, "nobody may propose on a validated stake");
      return;
    }
    for (int k = 0; k < config.proposals(); k++) {
      int author = pick(eligible, total);
      submit(author, validated);
    }
    merges();
    if (state.proposals().values().stream().noneMatch(p -> p.status().isOpen())) {
      abandon(End.ABANDONED, "no proposal is open");
    }
  }

  /** Picks an actor with a probability proportional to its propensity. */
  private int pick(List<Integer> eligible, double total) {
    double target = random.nextDouble() * total;
    for (int i : eligible) {
      target -= territory.propensity(i);
      if (target < 0) {
        return i;
      }
    }
    return eligible.get(eligible.size() - 1);
  }

  /** An actor proposes on its one or two favourite validated stakes. */
  private void submit(int author, boolean[] validated) {
    double[] w = territory.preferencesOf(author);
    double[] effects = new double[w.length];
    int first = best(w, validated);
    effects[first] = 0.5 + 0.5 * random.nextDouble();
    boolean[] rest = validated.clone();
    rest[first] = false;
    int second = best(w, rest);
    if (second >= 0 && w[second] > 0 && random.nextBoolean()) {
      effects[second] = 0.5 + 0.5 * random.nextDouble();
    }
    double cost = Math.rint(COST_UNIT * sum(effects) * (0.3 + 0.9 * random.nextDouble()));
    ProposalId id = ProposalId.of("p" + (++proposalCount));
    if (issue(
        new Command.SubmitProposal(
            ids[author],
            at(),
            id,
            content("Proposal " + proposalCount, effects, cost),
            ImmutableSet.of()))) {
      sims.put(id, new Sim(id, author, effects, cost, utilities(effects, cost)));
    }
  }

  private ProposalContent content(String title, double[] effects, double cost) {
    ImmutableSet.Builder<StakeId> stakes = ImmutableSet.builder();
    StringBuilder text = new StringBuilder("Acts on");
    for (int s = 0; s < effects.length; s++) {
      if (effects[s] > 0) {
        stakes.add(territory.stakes().get(s));
        text.append(String.format(Locale.ROOT, " stake %d (%.2f)", s + 1, effects[s]));
      }
    }
    return new ProposalContent(
        title, text.toString(), stakes.build(), Optional.of(BigDecimal.valueOf((long) cost)));
  }

  private double[] utilities(double[] effects, double cost) {
    double[] u = new double[n];
    for (int i = 0; i < n; i++) {
      u[i] = territory.utilityOf(i, effects, cost);
    }
    return u;
  }

  private static double sum(double[] values) {
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return sum;
  }

  /** Merges pairs of open proposals whose effects are close, by an author of the first. */
  private void merges() {
    List<Sim> open = new ArrayList<>();
    for (Sim sim : sims.values()) {
      if (requireNonNull(state.proposals().get(sim.id)).status().isOpen()) {
        open.add(sim);
      }
    }
    boolean[] merged = new boolean[open.size()];
    for (int a = 0; a < open.size(); a++) {
      for (int b = a + 1; b < open.size() && !merged[a]; b++) {
        Sim x = open.get(a);
        Sim y = open.get(b);
        if (merged[b]
            || cosine(x.effects, y.effects) < config.mergeSimilarity()
            || !allowed(x.submitter, Activity.MERGE)) {
          continue;
        }
        double[] effects = new double[x.effects.length];
        for (int s = 0; s < effects.length; s++) {
          effects[s] = Math.max(x.effects[s], y.effects[s]);
        }
        double cost = Math.rint(0.8 * (x.cost + y.cost));
        ProposalId id = ProposalId.of("p" + (++proposalCount));
        if (issue(
            new Command.MergeProposals(
                ids[x.submitter],
                at(),
                id,
                ImmutableList.of(x.id, y.id),
                content("Proposal " + proposalCount + " (merged)", effects, cost)))) {
          merged[a] = true;
          merged[b] = true;
          sims.put(id, new Sim(id, x.submitter, effects, cost, utilities(effects, cost)));
        }
      }
    }
  }

  private static double cosine(double[] x, double[] y) {
    double xy = 0;
    double xx = 0;
    double yy = 0;
    for (int s = 0; s < x.length; s++) {
      xy += x[s] * y[s];
      xx += x[s] * x[s];
      yy += y[s] * y[s];
    }
    return xx == 0 || yy == 0 ? 0 : xy / Math.sqrt(xx * yy);
  }

  private List<Sim> open() {
    List<Sim> open = new ArrayList<>();
    for (Sim sim : sims.values()) {
      Proposal proposal = requireNonNull(state.proposals().get(sim.id));
      if (proposal != null && proposal.status().isOpen()) {
        open.add(sim);
      }
    }
    return open;
  }

  private void negotiation() {
    int limit = charter.roundLimit();
    while (!open().isEmpty() && state.roundsHeld() < limit) {
      ActorId chair = runner(Activity.CHAIR);
      List<Sim> agenda = open();
      ImmutableList.Builder<ProposalId> ids = ImmutableList.builder();
      agenda.forEach(sim -> ids.add(sim.id));
      if (chair == null || !issue(new Command.OpenRound(chair, at(), ids.build()))) {
        break;
      }
      int round = state.roundsHeld() + 1;
      double t = round / (double) limit;
      int[] mostHarmed = new int[agenda.size()];
      Arrays.fill(mostHarmed, -1);
      for (int i = 0; i < n; i++) {
        if (!allowed(i, Activity.TAKE_POSITION) || !takesPart(i)) {
          continue;
        }
        double threshold =
            territory.reservation(i) + ASPIRATION_GAP * (1.0 - config.strategy().concession(t));
        for (int p = 0; p < agenda.size(); p++) {
          Sim sim = agenda.get(p);
          double u = sim.utilities[i];
          Stance stance = stance(u, threshold);
          Optional<String> reason =
              stance == Stance.OBJECT
                  ? Optional.of(
                      String.format(Locale.ROOT, "It harms what matters to me (utility %.2f).", u))
                  : Optional.empty();
          issue(new Command.TakePosition(this.ids[i], at(), sim.id, stance, reason));
          if (stance.isAgainst()
              && allowed(i, Activity.AMEND)
              && (mostHarmed[p] < 0 || u < agenda.get(p).utilities[mostHarmed[p]])) {
            mostHarmed[p] = i;
          }
        }
      }
      issue(new Command.CloseRound(chair, at()));
      if (state.roundsHeld() < limit) {
        for (int p = 0; p < agenda.size(); p++) {
          Sim sim = agenda.get(p);
          if (mostHarmed[p] >= 0
              && requireNonNull(state.proposals().get(sim.id)).status().isOpen()) {
            amend(mostHarmed[p], sim);
          }
        }
      }
    }
    answers();
  }

  private Stance stance(double u, double threshold) {
    if (u < -config.harmThreshold()) {
      return Stance.OBJECT;
    }
    if (u >= threshold + SUPPORT_MARGIN) {
      return Stance.SUPPORT;
    }
    if (u >= threshold) {
      return Stance.ACCEPT;
    }
    return u >= threshold - ABSTAIN_MARGIN ? Stance.ABSTAIN : Stance.OPPOSE;
  }

  /** Moves a proposal toward the amender's preferences on the validated stakes. */
  private void amend(int amender, Sim sim) {
    boolean[] validated = validatedStakes();
    double[] w = territory.preferencesOf(amender);
    double[] effects = sim.effects.clone();
    double step = config.amendmentStep();
    int largest = 0;
    for (int s = 0; s < effects.length; s++) {
      if (validated[s]) {
        effects[s] += step * (Math.max(0.0, w[s]) - effects[s]);
        if (effects[s] < NEGLIGIBLE) {
          effects[s] = 0;
        }
      }
      if (effects[s] > effects[largest]) {
        largest = s;
      }
    }
    if (effects[largest] == 0) {
      effects[largest] = NEGLIGIBLE;
    }
    double before = sum(sim.effects);
    double cost = Math.rint(before == 0 ? sim.cost : sim.cost * sum(effects) / before);
    Proposal proposal = requireNonNull(state.proposals().get(sim.id));
    if (issue(
        new Command.AmendProposal(
            ids[amender],
            at(),
            sim.id,
            content(proposal.current().title(), effects, cost),
            "Moved toward what matters to " + ids[amender] + "."))) {
      sim.effects = effects;
      sim.cost = cost;
      sim.utilities = utilities(effects, cost);
    }
  }

  /** The owner answers every decided proposal; it declines what it may and dislikes. */
  private void answers() {
    ActorId owner = runner(Activity.ANSWER);
    boolean any = false;
    for (Sim sim : sims.values()) {
      Proposal proposal = requireNonNull(state.proposals().get(sim.id));
      ProposalStatus status = proposal.status();
      if (status == ProposalStatus.MERGED || status == ProposalStatus.WITHDRAWN) {
        continue;
      }
      boolean accept =
          status == ProposalStatus.ADOPTED
              && (!charter.ownerMayOverrule() || sim.utilities[0] >= territory.reservation(0));
      if (owner != null) {
        issue(
            new Command.AnswerProposal(
                owner,
                at(),
                sim.id,
                accept ? AnswerKind.ACCEPTED : AnswerKind.DECLINED,
                accept ? "Adopted and accepted." : "Not taken up."));
      }
      any |= accept;
    }
    if (!any) {
      abandon(End.ROUND_LIMIT, "no proposal was adopted");
      return;
    }
    ActorId adopter = runner(Activity.ADOPT_OBJECTIVE);
    for (Sim sim : accepted()) {
      if (adopter != null) {
        issue(
            new Command.AdoptObjective(
                adopter, at(), objective(sim), "Objective of " + sim.id, ImmutableSet.of(sim.id)));
      }
    }
  }

  private static ObjectiveId objective(Sim sim) {
    return ObjectiveId.of("o-" + sim.id.value());
  }

  /** The proposals still standing: neither merged into another nor withdrawn. */
  List<Sim> finals() {
    List<Sim> finals = new ArrayList<>();
    for (Sim sim : sims.values()) {
      ProposalStatus status = requireNonNull(state.proposals().get(sim.id)).status();
      if (status != ProposalStatus.MERGED && status != ProposalStatus.WITHDRAWN) {
        finals.add(sim);
      }
    }
    return finals;
  }

  /** The proposals adopted by a round and accepted by the owner. */
  List<Sim> accepted() {
    List<Sim> accepted = new ArrayList<>();
    for (Sim sim : sims.values()) {
      Proposal proposal = requireNonNull(state.proposals().get(sim.id));
      if (proposal.status() == ProposalStatus.ADOPTED
          && proposal.answer().map(a -> a != AnswerKind.DECLINED).orElse(true)) {
        accepted.add(sim);
      }
    }
    return accepted;
  }

  private void action() {
    int min = charter.minCarrierKinds();
    for (Sim sim : accepted()) {
      if (!state.objectives().containsKey(objective(sim))) {
        continue;
      }
      ActorId launcher =
          allowed(sim.submitter, Activity.PLAN_ACTION)
              ? ids[sim.submitter]
              : runner(Activity.PLAN_ACTION);
      ActionId action = ActionId.of("a-" + sim.id.value());
      if (launcher == null
          || !issue(
              new Command.LaunchAction(
                  launcher, at(), action, objective(sim), "Carry out " + sim.id))) {
        continue;
      }
      for (int i = 0; i < n; i++) {
        if (sim.utilities[i] > 0 && allowed(i, Activity.COMMIT) && takesPart(i)) {
          commit(i, action, sim);
        }
      }
      // short of carriers: the most interested actor of a missing kind is asked to join
      while (requireNonNull(state.actions().get(action)).carrierKinds().size() < min) {
        int asked = -1;
        for (int i = 0; i < n; i++) {
          ActorKind kind = territory.actors().get(i).kind();
          if (!state.actions().get(action).carrierKinds().containsKey(kind)
              && sim.utilities[i] >= 0
              && allowed(i, Activity.COMMIT)
              && (asked < 0 || sim.utilities[i] > sim.utilities[asked])) {
            asked = i;
          }
        }
        if (asked < 0) {
          break;
        }
        commit(asked, action, sim);
      }
    }
  }

  /**
   * An actor brings what it has: a competence it declared, half the time when it has one; otherwise
   * money for an institution, volunteer hours for the others.
   */
  private void commit(int actor, ActionId action, Sim sim) {
    Actor who = territory.actors().get(actor);
    Resource resource;
    if (!who.competences().isEmpty() && random.nextBoolean()) {
      resource = Resource.competence(who.competences().iterator().next());
    } else if (who.kind().equals(ActorKind.INSTITUTION)) {
      resource =
          Resource.money(Math.max(1_000L, (long) (sim.cost * (0.1 + 0.4 * random.nextDouble()))));
    } else {
      resource = Resource.hours(5 + random.nextInt(36), "volunteer hours");
    }
    issue(new Command.Commit(ids[actor], at(), action, resource));
  }

  private void evaluation() {
    CriterionId criterion = CriterionId.of("satisfied");
    int definer = -1;
    for (int i = 0; i < n && definer < 0; i++) {
      if (allowed(i, Activity.DEFINE_CRITERION)) {
        definer = i;
      }
    }
    if (definer < 0
        || !issue(
            new Command.DefineCriterion(
                ids[definer], at(), criterion, "Does the outcome serve what matters to me?"))) {
      return;
    }
    double[] satisfaction = Satisfaction.of(territory, finals(), accepted());
    for (int i = 0; i < n; i++) {
      if (allowed(i, Activity.RATE) && takesPart(i)) {
        int score = 1 + (int) Math.round(4 * satisfaction[i]);
        issue(new Command.Rate(ids[i], at(), criterion, score, Optional.empty()));
      }
    }
  }
}
