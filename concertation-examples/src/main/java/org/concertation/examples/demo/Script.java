package org.concertation.examples.demo;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.concertation.api.Result;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.domain.ActionId;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.AnswerKind;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.College;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.CriterionId;
import org.concertation.api.domain.EffectTarget;
import org.concertation.api.domain.IndicatorId;
import org.concertation.api.domain.ObjectiveId;
import org.concertation.api.domain.ProposalContent;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.Resource;
import org.concertation.api.domain.ResourceKind;
import org.concertation.api.domain.Role;
import org.concertation.api.domain.StakeId;
import org.concertation.api.domain.Stance;
import org.concertation.api.event.Event;
import org.concertation.core.process.ConcertationDecider;
import org.concertation.core.process.ProcessState;
import org.jspecify.annotations.Nullable;

/**
 * Drives one process through the state machine, one command at a time, exactly as a host
 * application would: build a command, ask the decider, keep the events, fold them into the state.
 *
 * <p>Time comes with each command: every command is dated {@link #STEP} after the previous one, and
 * {@link #later(Duration)} lets the story skip weeks between meetings. So two runs give the same
 * events, to the second.
 *
 * <p>A scenario must never be refused: a rejection here is a bug in the scenario, and fails at once
 * with the rejection's message.
 */
final class Script {
  /** The time between two commands of the same meeting. */
  static final Duration STEP = Duration.ofMinutes(5);

  private static final ConcertationDecider DECIDER = ConcertationDecider.create();

  private final String label;
  private final @Nullable Logic logic;
  private final Story story;
  private final List<Event> events = new ArrayList<>();
  private ProcessState state;
  private Instant now;

  /** A scenario of one logic, told as it is written. */
  Script(Logic logic, Instant start) {
    this(logic, start, Story.english());
  }

  /** A scenario of one logic, its own words in the story's language. */
  Script(Logic logic, Instant start, Story story) {
    this(logic, logic.charter(), start, story);
  }

  /** A scenario of one logic under a variant of its charter, such as a prospective evaluation. */
  Script(Logic logic, Charter charter, Instant start, Story story) {
    this(logic.label(), logic, charter, start, story);
  }

  /** A scenario under another charter, such as the participatory budget. */
  Script(String label, Charter charter, Instant start, Story story) {
    this(label, null, charter, start, story);
  }

  private Script(String label, @Nullable Logic logic, Charter charter, Instant start, Story story) {
    this.label = label;
    this.logic = logic;
    this.story = story;
    this.state = DECIDER.initialState(charter);
    this.now = start;
  }

  /** Decides one command, keeps its events and moves the state on; fails on a rejection. */
  private void run(Command command) {
    Result<Event> result = DECIDER.decide(command, state);
    if (result instanceof Result.Rejected<Event> rejected) {
      throw new IllegalStateException(
          "The "
              + label
              + " scenario is wrong: the charter refused "
              + command
              + ": "
              + rejected.rejection().message());
    }
    events.addAll(result.events());
    state = DECIDER.after(state, result);
  }

  private Instant at() {
    now = now.plus(STEP);
    return now;
  }

  /** Lets time pass before the next command, such as the weeks between two workshops. */
  Script later(Duration duration) {
    now = now.plus(duration);
    return this;
  }

  DemoRun finish() {
    checkState(logic != null, "The %s scenario follows no logic: read its events()", label);
    return new DemoRun(logic, ImmutableList.copyOf(events), state);
  }

  /** What happened so far, in order. */
  ImmutableList<Event> events() {
    return ImmutableList.copyOf(events);
  }

  /** The state after the last command. */
  ProcessState state() {
    return state;
  }

  /** The story's words, as the scenario used them. */
  Story story() {
    return story;
  }

  // --- ids in the story's language

  private ProposalId id(ProposalId proposal) {
    return ProposalId.of(story.id(proposal.value()));
  }

  private ImmutableList<ProposalId> ids(ProposalId... proposals) {
    return ImmutableList.copyOf(proposals).stream()
        .map(this::id)
        .collect(ImmutableList.toImmutableList());
  }

  private StakeId id(StakeId stake) {
    return StakeId.of(story.id(stake.value()));
  }

  private ImmutableSet<StakeId> ids(StakeId... stakes) {
    return ImmutableList.copyOf(stakes).stream()
        .map(this::id)
        .collect(ImmutableSet.toImmutableSet());
  }

  private ObjectiveId id(ObjectiveId objective) {
    return ObjectiveId.of(story.id(objective.value()));
  }

  private ActionId id(ActionId action) {
    return ActionId.of(story.id(action.value()));
  }

  private IndicatorId id(IndicatorId indicator) {
    return IndicatorId.of(story.id(indicator.value()));
  }

  private CriterionId id(CriterionId criterion) {
    return CriterionId.of(story.id(criterion.value()));
  }

  // --- framing

  Script register(Actor by, Actor actor, Role role) {
    run(new Command.RegisterActor(by.id(), at(), story.actor(actor), role, Optional.empty()));
    return this;
  }

  /** Registers a college, such as one per neighbourhood; its name is the story's. */
  Script college(Actor by, College college) {
    College named =
        new College(college.id(), story.name(college.name()), college.weight(), college.kinds());
    run(new Command.RegisterCollege(by.id(), at(), named));
    return this;
  }

  /** Each actor registers itself as a participant in a named college. */
  Script join(CollegeId college, Actor... actors) {
    for (Actor actor : actors) {
      run(
          new Command.RegisterActor(
              actor.id(), at(), story.actor(actor), Role.PARTICIPANT, Optional.of(college)));
    }
    return this;
  }

  /** Each actor registers itself as a participant (activity JOIN). */
  Script join(Actor... actors) {
    for (Actor actor : actors) {
      register(actor, actor, Role.PARTICIPANT);
    }
    return this;
  }

  Script advance(Actor by) {
    run(new Command.AdvancePhase(by.id(), at()));
    return this;
  }

  // --- diagnosis

  Script contribute(Actor by, String text, StakeId... stakes) {
    run(new Command.Contribute(by.id(), at(), story.text(text), ids(stakes)));
    return this;
  }

  Script identify(Actor by, StakeId stake, String title) {
    run(new Command.IdentifyStake(by.id(), at(), id(stake), story.text(title)));
    return this;
  }

  Script validate(Actor by, StakeId... stakes) {
    for (StakeId stake : stakes) {
      run(new Command.ValidateStake(by.id(), at(), id(stake)));
    }
    return this;
  }

  // --- proposals

  Script submit(Actor by, ProposalId proposal, ProposalContent content, Actor... coAuthors) {
    ImmutableSet<ActorId> others =
        ImmutableSet.copyOf(ImmutableList.copyOf(coAuthors).stream().map(Actor::id).iterator());
    run(new Command.SubmitProposal(by.id(), at(), id(proposal), story.content(content), others));
    return this;
  }

  Script amend(Actor by, ProposalId proposal, ProposalContent content, String rationale) {
    run(
        new Command.AmendProposal(
            by.id(), at(), id(proposal), story.content(content), story.text(rationale)));
    return this;
  }

  Script merge(Actor by, ProposalId result, ProposalContent content, ProposalId... sources) {
    run(
        new Command.MergeProposals(
            by.id(), at(), id(result), ids(sources), story.content(content)));
    return this;
  }

  // --- negotiation

  Script openRound(Actor by, ProposalId... agenda) {
    run(new Command.OpenRound(by.id(), at(), ids(agenda)));
    return this;
  }

  /** The same stance, without a reason, from each of the actors. */
  Script positions(ProposalId proposal, Stance stance, Actor... actors) {
    for (Actor actor : actors) {
      run(new Command.TakePosition(actor.id(), at(), id(proposal), stance, Optional.empty()));
    }
    return this;
  }

  Script object(Actor by, ProposalId proposal, String reason) {
    run(
        Command.TakePosition.of(
            by.id(), at(), id(proposal), Stance.OBJECT, Optional.of(story.text(reason))));
    return this;
  }

  /** The approval ballot of each voter, in a ballot round. */
  Script approve(ProposalId[] approved, Actor... voters) {
    for (Actor voter : voters) {
      run(
          new Command.CastBallot(
              voter.id(), at(), new Ballot.Approvals(ImmutableSet.copyOf(ids(approved)))));
    }
    return this;
  }

  Script closeRound(Actor by) {
    run(new Command.CloseRound(by.id(), at()));
    return this;
  }

  Script answer(Actor by, ProposalId proposal, AnswerKind answer, String reasoning) {
    run(new Command.AnswerProposal(by.id(), at(), id(proposal), answer, story.text(reasoning)));
    return this;
  }

  Script adopt(Actor by, ObjectiveId objective, String title, ProposalId... from) {
    run(
        new Command.AdoptObjective(
            by.id(), at(), id(objective), story.text(title), ImmutableSet.copyOf(ids(from))));
    return this;
  }

  // --- action

  Script launch(Actor by, ActionId action, ObjectiveId objective, String title) {
    run(new Command.LaunchAction(by.id(), at(), id(action), id(objective), story.text(title)));
    return this;
  }

  Script commit(Actor by, ActionId action, Resource resource) {
    run(new Command.Commit(by.id(), at(), id(action), story.resource(resource)));
    return this;
  }

  Script indicator(
      Actor by, IndicatorId indicator, ActionId action, String name, String unit, long expected) {
    run(
        new Command.DefineIndicator(
            by.id(),
            at(),
            id(indicator),
            id(action),
            story.text(name),
            story.text(unit),
            BigDecimal.valueOf(expected)));
    return this;
  }

  // --- evaluation

  Script report(Actor by, IndicatorId indicator, long observed) {
    run(new Command.ReportIndicator(by.id(), at(), id(indicator), BigDecimal.valueOf(observed)));
    return this;
  }

  Script criterion(Actor by, CriterionId criterion, String title) {
    run(new Command.DefineCriterion(by.id(), at(), id(criterion), story.text(title)));
    return this;
  }

  Script rate(Actor by, CriterionId criterion, int score) {
    run(new Command.Rate(by.id(), at(), id(criterion), score, Optional.empty()));
    return this;
  }

  Script rate(Actor by, CriterionId criterion, int score, String comment) {
    run(Command.Rate.of(by.id(), at(), id(criterion), score, Optional.of(story.text(comment))));
    return this;
  }

  Script close(Actor by, String summary) {
    run(new Command.Close(by.id(), at(), story.text(summary)));
    return this;
  }

  // --- prospective evaluation: assessment before the decision, effects, means delivered

  Script openAssessment(Actor by, ProposalId... agenda) {
    run(new Command.OpenAssessment(by.id(), at(), ids(agenda)));
    return this;
  }

  /** One actor's graded ballot on a criterion: the grade of each proposal, in agenda order. */
  Script assess(Actor by, CriterionId criterion, ProposalId[] agenda, int... grades) {
    checkState(
        agenda.length == grades.length,
        "%s grades for %s proposals on the agenda",
        grades.length,
        agenda.length);
    ImmutableMap.Builder<ProposalId, Integer> ballot = ImmutableMap.builder();
    for (int i = 0; i < agenda.length; i++) {
      ballot.put(id(agenda[i]), grades[i]);
    }
    run(
        new Command.AssessProposals(
            by.id(), at(), id(criterion), new Ballot.Grades(ballot.buildOrThrow())));
    return this;
  }

  Script closeAssessment(Actor by) {
    run(new Command.CloseAssessment(by.id(), at()));
    return this;
  }

  /** An effect expected of a proposal by a horizon date. */
  Script expect(
      Actor by,
      IndicatorId indicator,
      ProposalId proposal,
      String name,
      String unit,
      long expected,
      LocalDate horizon) {
    return expect(
        by, indicator, EffectTarget.proposal(id(proposal)), name, unit, expected, horizon);
  }

  /** An effect expected of an objective by a horizon date. */
  Script expect(
      Actor by,
      IndicatorId indicator,
      ObjectiveId objective,
      String name,
      String unit,
      long expected,
      LocalDate horizon) {
    return expect(
        by, indicator, EffectTarget.objective(id(objective)), name, unit, expected, horizon);
  }

  private Script expect(
      Actor by,
      IndicatorId indicator,
      EffectTarget target,
      String name,
      String unit,
      long expected,
      LocalDate horizon) {
    run(
        new Command.ExpectEffect(
            by.id(),
            at(),
            id(indicator),
            target,
            story.text(name),
            story.text(unit),
            BigDecimal.valueOf(expected),
            horizon));
    return this;
  }

  /** What a carrier delivered against its commitment, numbered from 1 within the action. */
  Script deliver(Actor by, ActionId action, int commitment, ResourceKind kind, long quantity) {
    return deliver(by, action, commitment, kind, quantity, Optional.empty());
  }

  /** A delivery with the carrier's note, such as why it delivered less. */
  Script deliver(
      Actor by, ActionId action, int commitment, ResourceKind kind, long quantity, String note) {
    return deliver(by, action, commitment, kind, quantity, Optional.of(story.text(note)));
  }

  private Script deliver(
      Actor by,
      ActionId action,
      int commitment,
      ResourceKind kind,
      long quantity,
      Optional<String> note) {
    run(
        Command.RecordDelivery.of(
            by.id(), at(), id(action), commitment, kind, BigDecimal.valueOf(quantity), note));
    return this;
  }

  /** An ex-post grade of an action on a criterion. */
  Script rateAction(Actor by, ActionId action, CriterionId criterion, int grade) {
    run(new Command.RateAction(by.id(), at(), id(action), id(criterion), grade));
    return this;
  }
}
