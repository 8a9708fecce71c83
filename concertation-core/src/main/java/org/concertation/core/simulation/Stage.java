package org.concertation.core.simulation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
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
import org.concertation.api.domain.PersonalText;
import org.concertation.api.domain.Proposal;
import org.concertation.api.domain.ProposalContent;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.domain.Role;
import org.concertation.api.domain.Stake;
import org.concertation.api.domain.StakeId;
import org.concertation.api.event.Event;
import org.concertation.api.rejection.Rejection;
import org.concertation.core.personal.Salts;
import org.concertation.core.process.ConcertationDecider;
import org.concertation.core.process.ProcessState;
import org.jspecify.annotations.Nullable;

/**
 * What the phase policies of one simulated run act on: the charter, the territory's actors and
 * their roles, the process state, the clock, the one stream of random draws, the commands issued
 * and the refusals, and the models of the proposals. Every command goes through the decider exactly
 * as a person's would; a refused command is kept with its rejection and changes nothing.
 */
final class Stage {
  /** When every simulated process starts. */
  static final Instant START = Instant.parse("2030-01-07T09:00:00Z");

  /** Commands are a minute apart, so that each has its own instant and time never goes back. */
  private static final Duration STEP = Duration.ofMinutes(1);

  /** A fortnight between phases, as between the meetings of a process. */
  private static final Duration BETWEEN_PHASES = Duration.ofDays(14);

  /** The kind of the facilitator: neither institution, inhabitant nor association. */
  static final ActorKind INDEPENDENT = ActorKind.of("independent");

  /** The facilitator, registered by the project owner where the charter lets it register. */
  static final Actor FACILITATOR =
      Actor.of("facilitator", "Facilitator of the process", INDEPENDENT);

  private static final ConcertationDecider DECIDER = ConcertationDecider.create();

  /**
   * The stream of the secret rounds' keys, apart from the actors' draws: a secret round draws its
   * key there, so that it changes none of the actors' draws, and a run with secret rounds takes the
   * same steps as the same run with public ones.
   */
  static final long KEY_STREAM = 2;

  /**
   * The stream of the evaluation's draws (who assesses, how much each carrier delivers), apart from
   * the actors' draws, so that the evaluation steps change none of the negotiation's.
   */
  static final long EVALUATION_STREAM = 3;

  private final Charter charter;
  private final Territory territory;
  private final SplittableRandom random;
  private final long seed;
  private @Nullable Salts keys;
  private @Nullable SplittableRandom evaluation;
  private final ImmutableList<ActorId> ids;
  private final Map<ActorId, Integer> indexOf = new HashMap<>();
  private final Role[] roles;
  private final int owner;
  private final BitSet active = new BitSet();
  private final Map<ProposalId, ProposalModel> models = new LinkedHashMap<>();
  private final List<Command> commands = new ArrayList<>();
  private final List<Rejection> rejections = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();
  private final Map<ActionId, Double> realised = new HashMap<>();
  private ProcessState state;
  private Instant now = START;
  private boolean facilitator;
  private @Nullable End end;
  private int proposalsMade;

  /**
   * Casts the territory's convener as project owner and every other actor as participant.
   *
   * @param seed the seed of the actors' behaviour
   */
  Stage(Charter charter, Territory territory, long seed) {
    this.charter = charter;
    this.territory = territory;
    this.random = new SplittableRandom(Seeds.mix(seed, 1));
    this.seed = seed;
    ImmutableList.Builder<ActorId> builder = ImmutableList.builder();
    for (Actor actor : territory.actors()) {
      indexOf.put(actor.id(), indexOf.size());
      builder.add(actor.id());
    }
    this.ids = builder.build();
    this.roles = new Role[ids.size()];
    for (int i = 0; i < roles.length; i++) {
      roles[i] = i == territory.convener() ? Role.PROJECT_OWNER : Role.PARTICIPANT;
    }
    this.owner = actorCastAs(Role.PROJECT_OWNER);
    this.state = DECIDER.initialState(charter);
  }

  private int actorCastAs(Role role) {
    for (int i = 0; i < roles.length; i++) {
      if (roles[i] == role) {
        return i;
      }
    }
    throw new IllegalStateException("Nobody is cast as " + role);
  }

  // --- the actors

  Charter charter() {
    return charter;
  }

  Territory territory() {
    return territory;
  }

  ProcessState state() {
    return state;
  }

  /** How many actors the territory has; actors are named by their index in it. */
  int actors() {
    return ids.size();
  }

  ActorId id(int actor) {
    return ids.get(actor);
  }

  Actor actor(int actor) {
    return territory.actors().get(actor);
  }

  Role role(int actor) {
    return roles[actor];
  }

  /** The index of the actor cast as project owner. */
  int owner() {
    return owner;
  }

  /** Whether the charter lets an actor do something now, by its role and kind. */
  boolean allowed(int actor, Activity activity) {
    return charter.allows(activity, role(actor), actor(actor).kind(), state.phase());
  }

  /** Who runs an activity: the project owner when it may, else the facilitator, else nobody. */
  @Nullable ActorId runner(Activity activity) {
    if (allowed(owner, activity)) {
      return id(owner);
    }
    if (facilitator && charter.allows(activity, Role.FACILITATOR, INDEPENDENT, state.phase())) {
      return FACILITATOR.id();
    }
    return null;
  }

  void facilitatorRegistered(boolean registered) {
    facilitator = registered;
  }

  // --- draws, in the one stream of the run: their order is part of the seeded results

  /** Whether an actor takes part in this step, by its propensity; one draw. */
  boolean takesPart(int actor) {
    return random.nextDouble() < territory.propensity(actor);
  }

  /** A number drawn uniformly from {@code minimum} to {@code minimum + spread}; one draw. */
  double uniform(double minimum, double spread) {
    return minimum + spread * random.nextDouble();
  }

  /** Whether an actor takes part in this step, by its propensity; one draw from these draws. */
  boolean takesPart(SplittableRandom draws, int actor) {
    return draws.nextDouble() < territory.propensity(actor);
  }

  /** A fair coin; one draw. */
  boolean coin() {
    return random.nextBoolean();
  }

  /** A whole number drawn uniformly from {@code minimum} to {@code maximum}, both included. */
  int between(int minimum, int maximum) {
    return minimum + random.nextInt(maximum - minimum + 1);
  }

  /**
   * Where the keys of secret rounds come from: the run's own {@linkplain #KEY_STREAM stream of
   * keys}, so that the same seed gives the same keys, in the same order. Such a key is guessable by
   * whoever knows the seed, as befits simulated voters and no real person.
   */
  Salts roundKeys() {
    Salts salts = keys;
    if (salts == null) {
      salts = Salts.seeded(Seeds.mix(seed, KEY_STREAM));
      keys = salts;
    }
    return salts;
  }

  /** The evaluation's own stream of draws (see {@link #EVALUATION_STREAM}). */
  SplittableRandom evaluationDraws() {
    SplittableRandom draws = evaluation;
    if (draws == null) {
      draws = new SplittableRandom(Seeds.mix(seed, EVALUATION_STREAM));
      evaluation = draws;
    }
    return draws;
  }

  // --- the machine

  /** The instant of the next command. */
  Instant at() {
    now = now.plus(STEP);
    return now;
  }

  /** Lets the time between two phases pass. */
  void pause() {
    now = now.plus(BETWEEN_PHASES);
  }

  /** Decides one command; keeps its events when accepted, its rejection when refused. */
  @CanIgnoreReturnValue
  boolean issue(Command command) {
    commands.add(command);
    Result<Event> result = DECIDER.decide(command, state);
    if (result instanceof Result.Rejected<Event> rejected) {
      rejections.add(rejected.rejection());
      return false;
    }
    state = DECIDER.after(state, result);
    events.addAll(result.events());
    Integer index = indexOf.get(command.by());
    // registering is no participation: an actor registered by the owner has done nothing yet
    if (index != null && !(command instanceof Command.RegisterActor)) {
      active.set(index);
    }
    return true;
  }

  /** Ends the run: the project owner, or whoever may govern, abandons the process. */
  void abandon(End why, String reason) {
    end = why;
    ActorId governor = runner(Activity.GOVERN);
    if (governor != null) {
      issue(new Command.Abandon(governor, at(), reason));
    }
  }

  /** How the run ended, once it has. */
  @Nullable End end() {
    return end;
  }

  ImmutableList<Command> commands() {
    return ImmutableList.copyOf(commands);
  }

  ImmutableList<Rejection> rejections() {
    return ImmutableList.copyOf(rejections);
  }

  /** The last event of the accepted commands, if any. */
  @Nullable Event lastEvent() {
    return events.isEmpty() ? null : events.get(events.size() - 1);
  }

  /**
   * Keeps the share of an action's means that its carriers delivered: the mean of each commitment's
   * delivered share.
   */
  void realised(ActionId action, double share) {
    realised.put(action, share);
  }

  /**
   * The share of an action's means that its carriers delivered; 1 for an action whose deliveries
   * were never accounted for, as under a charter whose evaluation the simulation does not play
   * ahead.
   */
  double realised(ActionId action) {
    return realised.getOrDefault(action, 1.0);
  }

  /** The events of the accepted commands, in order. */
  ImmutableList<Event> events() {
    return ImmutableList.copyOf(events);
  }

  /** The territory's actors who did more than join. */
  ImmutableSet<ActorId> active() {
    return active.stream().mapToObj(ids::get).collect(ImmutableSet.toImmutableSet());
  }

  // --- stakes and proposals

  /** Whether each stake of the territory, by index, has been validated. */
  boolean[] validatedStakes() {
    boolean[] validated = new boolean[territory.stakes().size()];
    for (int s = 0; s < validated.length; s++) {
      Stake stake = state.stakes().get(territory.stakes().get(s));
      validated[s] = stake != null && stake.validated();
    }
    return validated;
  }

  /**
   * The index of the largest preference, the first of equals, among the stakes marked in {@code
   * among} when it is given; -1 when none is marked.
   */
  static int favourite(double[] preferences, boolean @Nullable [] among) {
    int best = -1;
    for (int s = 0; s < preferences.length; s++) {
      if ((among == null || among[s]) && (best < 0 || preferences[s] > preferences[best])) {
        best = s;
      }
    }
    return best;
  }

  /** The number of the next proposal made, submitted or merged, from 1. */
  int nextProposalNumber() {
    return ++proposalsMade;
  }

  /** Keeps the model of a new proposal, or the new model of an amended one in its place. */
  void model(ProposalModel model) {
    models.put(model.id(), model);
  }

  /** What the machine says of a modelled proposal. */
  Proposal proposal(ProposalId id) {
    return requireNonNull(state.proposals().get(id));
  }

  /** The proposals open to negotiation, in the order they were made. */
  List<ProposalModel> open() {
    List<ProposalModel> open = new ArrayList<>();
    for (ProposalModel model : models.values()) {
      if (proposal(model.id()).status().isOpen()) {
        open.add(model);
      }
    }
    return open;
  }

  /** The proposals still standing: neither merged into another nor withdrawn. */
  List<ProposalModel> standing() {
    List<ProposalModel> standing = new ArrayList<>();
    for (ProposalModel model : models.values()) {
      ProposalStatus status = proposal(model.id()).status();
      if (status != ProposalStatus.MERGED && status != ProposalStatus.WITHDRAWN) {
        standing.add(model);
      }
    }
    return standing;
  }

  /** The proposals adopted by a round and not declined by the owner. */
  List<ProposalModel> accepted() {
    List<ProposalModel> accepted = new ArrayList<>();
    for (ProposalModel model : models.values()) {
      Proposal proposal = proposal(model.id());
      if (proposal.status() == ProposalStatus.ADOPTED
          && proposal.answer().map(a -> a != AnswerKind.DECLINED).orElse(true)) {
        accepted.add(model);
      }
    }
    return accepted;
  }

  /** The content of a proposal with these effects: the stakes it acts on, a text, its cost. */
  ProposalContent content(String title, double[] effects, double cost) {
    return content(PersonalText.of(title), effects, cost);
  }

  ProposalContent content(PersonalText title, double[] effects, double cost) {
    ImmutableSet.Builder<StakeId> stakes = ImmutableSet.builder();
    StringBuilder text = new StringBuilder("Acts on");
    for (int s = 0; s < effects.length; s++) {
      if (effects[s] > 0) {
        stakes.add(territory.stakes().get(s));
        text.append(String.format(Locale.ROOT, " stake %d (%.2f)", s + 1, effects[s]));
      }
    }
    return new ProposalContent(
        title,
        PersonalText.of(text.toString()),
        stakes.build(),
        Optional.of(BigDecimal.valueOf((long) cost)));
  }
}
