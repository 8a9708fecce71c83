package org.concertation.core.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Maps;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.concertation.api.domain.ActionId;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.AnswerKind;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.domain.ResourceKind;
import org.concertation.api.domain.Role;
import org.concertation.api.event.AssessmentResult;
import org.concertation.core.history.ActionFact;
import org.concertation.core.history.AssessmentFact;
import org.concertation.core.history.DecisionFact;
import org.concertation.core.history.MeansFact;
import org.concertation.core.history.ParticipantFact;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.history.ProposalHistory;
import org.concertation.core.history.RatingFact;
import org.concertation.core.history.RoundClosing;
import org.concertation.core.history.RoundFact;
import org.concertation.core.history.StakeFact;

/**
 * What a run's history says about participation, in the terms of the analysis: who is a citizen,
 * who framed the process, who proposed, decided and evaluated, what was decided and answered. Read
 * off a {@link ProcessHistory}; immutable once built, not shared.
 */
final class RunFacts {
  /** The key, and the sorting name, of the kind of an actor never registered. */
  private static final String UNREGISTERED = "unregistered";

  final ProcessHistory history;
  final ImmutableMap<ActorId, ParticipantFact> participants;

  /** Proposals adopted or rejected by a round, in the order of their first such decision. */
  final ImmutableList<ProposalId> decided;

  /** Proposals a round adopted, whatever became of them after, in the order of adoption. */
  final ImmutableList<ProposalId> adopted;

  /** Proposals submitted or made by a merge, in order, with their authors. */
  final ImmutableMap<ProposalId, ImmutableList<ActorId>> authors;

  /** Proposals merged into another or withdrawn. */
  final ImmutableSet<ProposalId> gone;

  final ImmutableMap<ProposalId, AnswerKind> answers;
  final ImmutableMap<ProposalId, Duration> delays;
  final ImmutableMap<ActionId, ImmutableSortedSet<ActorKind>> carriers;
  final ImmutableList<ActorId> contributors;
  final ImmutableList<ActorId> proposers;
  final ImmutableList<ActorId> positions;

  /** The voter of each ballot that counted in a ballot round, round after round. */
  final ImmutableList<ActorId> voters;

  /** Who took part in a round's decision: a position taken or a ballot that counted. */
  final ImmutableList<ActorId> deciders;

  /** Who registered another actor or a college, validated a stake or opened a round. */
  final ImmutableList<ActorId> framers;

  final ImmutableList<ActorId> criterionAuthors;
  final ImmutableMap<ActorId, ImmutableList<Integer>> ratings;
  final boolean ended;

  // means: the share of the means committed that was delivered, per kind of means, for the
  // evaluation dimension (a kind nobody committed has none)
  final ImmutableMap<ResourceKind, BigDecimal> deliveryRatio;

  // evaluation profile: who judged by the criteria, before the decision and after the action

  /** Who graded proposals in a prospective assessment, in the order they first graded. */
  final ImmutableSet<ActorId> exAnteGraders;

  /** Who graded an action on a criterion after the fact, in the order they first graded. */
  final ImmutableSet<ActorId> exPostGraders;

  /** Who weighed the criteria by a graded vote, in the order they first weighed. */
  final ImmutableSet<ActorId> weighers;

  /** The closed prospective assessments that gave at least one proposal a majority grade. */
  final int assessed;

  /** The proposals that a closed prospective assessment gave a majority grade. */
  final ImmutableSet<ProposalId> assessedProposals;

  /**
   * The kinds of the carriers who delivered something against their commitments to each action, in
   * the order of the actions; an action nothing was delivered to has none.
   */
  final ImmutableMap<ActionId, ImmutableSortedSet<ActorKind>> delivering;

  private RunFacts(ProcessHistory history) {
    this.history = history;
    Map<ActorId, ParticipantFact> byId = new HashMap<>();
    history.participants().forEach(p -> byId.put(p.id(), p));
    this.participants = ImmutableMap.copyOf(byId);

    Set<ProposalId> decided = new LinkedHashSet<>();
    Set<ProposalId> adopted = new LinkedHashSet<>();
    for (RoundFact round : history.rounds()) {
      for (RoundClosing closing : round.closing().stream().toList()) {
        for (DecisionFact d : closing.decisions()) {
          if (d.status() != ProposalStatus.OPEN) {
            decided.add(d.proposal());
          }
          if (d.status() == ProposalStatus.ADOPTED) {
            adopted.add(d.proposal());
          }
        }
        // a ballot round decides its whole agenda at once, by the participants' ballots
        closing
            .ballot()
            .ifPresent(
                outcome ->
                    outcome
                        .statuses()
                        .forEach(
                            (id, status) -> {
                              if (status != ProposalStatus.OPEN) {
                                decided.add(id);
                              }
                              if (status == ProposalStatus.ADOPTED) {
                                adopted.add(id);
                              }
                            }));
      }
    }
    this.decided = ImmutableList.copyOf(decided);
    this.adopted = ImmutableList.copyOf(adopted);

    ImmutableMap.Builder<ProposalId, ImmutableList<ActorId>> authors = ImmutableMap.builder();
    ImmutableSet.Builder<ProposalId> gone = ImmutableSet.builder();
    ImmutableMap.Builder<ProposalId, AnswerKind> answers = ImmutableMap.builder();
    ImmutableMap.Builder<ProposalId, Duration> delays = ImmutableMap.builder();
    ImmutableList.Builder<ActorId> proposers = ImmutableList.builder();
    for (ProposalHistory p : history.proposals()) {
      if (p.created().isPresent()) {
        authors.put(p.id(), p.authors());
      }
      if (p.submitted()) {
        proposers.addAll(p.authors());
      }
      if (p.mergedInto().isPresent() || p.withdrawal().isPresent()) {
        gone.add(p.id());
      }
      p.answer().ifPresent(a -> answers.put(p.id(), a.kind()));
    }
    this.authors = authors.buildOrThrow();
    this.gone = gone.build();
    this.answers = answers.buildOrThrow();
    history.answers().stream()
        .filter(a -> history.proposal(a.proposal()).flatMap(ProposalHistory::created).isPresent())
        .forEach(a -> delays.put(a.proposal(), a.delay()));
    this.delays = delays.buildOrThrow();
    this.proposers = proposers.build();

    ImmutableMap.Builder<ActionId, ImmutableSortedSet<ActorKind>> carriers = ImmutableMap.builder();
    for (ActionFact action : history.actions()) {
      carriers.put(action.id(), kinds(action.carriers()));
    }
    this.carriers = carriers.buildKeepingLast();
    this.contributors =
        history.contributions().stream()
            .map(c -> c.stamp().by())
            .collect(ImmutableList.toImmutableList());
    this.positions =
        history.positions().stream()
            .map(p -> p.position().actor())
            .collect(ImmutableList.toImmutableList());
    this.voters =
        history.rounds().stream()
            // secret: who took part in a secret round, never its anonymous ballots
            .flatMap(r -> (r.secret() ? r.participants() : r.countedBallots().keySet()).stream())
            .collect(ImmutableList.toImmutableList());
    this.deciders = ImmutableList.<ActorId>builder().addAll(positions).addAll(voters).build();
    ImmutableList.Builder<ActorId> framers = ImmutableList.builder();
    history.participants().stream()
        .filter(p -> !p.joinedByItself())
        .forEach(p -> framers.add(p.registered().by()));
    history.colleges().forEach(c -> framers.add(c.stamp().by()));
    for (StakeFact stake : history.stakes()) {
      stake.validated().ifPresent(v -> framers.add(v.by()));
    }
    history.rounds().forEach(r -> framers.add(r.opening().stamp().by()));
    this.framers = framers.build();
    this.criterionAuthors =
        history.criteria().stream()
            .map(c -> c.stamp().by())
            .collect(ImmutableList.toImmutableList());
    Map<ActorId, ImmutableList.Builder<Integer>> ratings = new LinkedHashMap<>();
    for (RatingFact r : history.ratings()) {
      ratings
          .computeIfAbsent(r.rating().actor(), a -> ImmutableList.builder())
          .add(r.rating().score());
    }
    ImmutableMap.Builder<ActorId, ImmutableList<Integer>> scores = ImmutableMap.builder();
    ratings.forEach((actor, s) -> scores.put(actor, s.build()));
    this.ratings = scores.buildOrThrow();
    this.ended = history.ending().isPresent();
    // means:
    this.deliveryRatio =
        ImmutableMap.copyOf(Maps.transformValues(history.means().total(), b -> b.ratio()));
    // evaluation profile:
    ImmutableSet.Builder<ActorId> exAnte = ImmutableSet.builder();
    int assessed = 0;
    ImmutableSet.Builder<ProposalId> assessedProposals = ImmutableSet.builder();
    for (AssessmentFact assessment : history.assessments()) {
      assessment.gradings().forEach(g -> exAnte.add(g.stamp().by()));
      boolean graded = false;
      for (AssessmentResult result : assessment.results()) {
        if (result.majorityGrade().isPresent()) {
          graded = true;
          assessedProposals.add(result.proposal());
        }
      }
      if (assessment.closed().isPresent() && graded) {
        assessed++;
      }
    }
    this.exAnteGraders = exAnte.build();
    this.assessed = assessed;
    this.assessedProposals = assessedProposals.build();
    this.exPostGraders =
        history.actionRatings().stream()
            .map(r -> r.stamp().by())
            .collect(ImmutableSet.toImmutableSet());
    this.weighers =
        history.weighings().stream()
            .map(w -> w.stamp().by())
            .collect(ImmutableSet.toImmutableSet());
    Map<ActionId, List<ActorId>> delivering = new LinkedHashMap<>();
    history.actions().forEach(a -> delivering.put(a.id(), new ArrayList<>()));
    for (MeansFact commitment : history.means().commitments()) {
      if (commitment.delivered().signum() > 0) {
        delivering
            .computeIfAbsent(commitment.commitment().action(), a -> new ArrayList<>())
            .add(commitment.carrier());
      }
    }
    ImmutableMap.Builder<ActionId, ImmutableSortedSet<ActorKind>> byAction = ImmutableMap.builder();
    delivering.forEach((action, by) -> byAction.put(action, kinds(by)));
    this.delivering = byAction.buildOrThrow();
  }

  static RunFacts of(ProcessHistory history) {
    return new RunFacts(history);
  }

  boolean isCitizen(ActorId actor) {
    ParticipantFact p = participants.get(actor);
    return p != null && p.role() == Role.PARTICIPANT && Citizens.isCitizen(p.actor().kind());
  }

  /** Whether the actor took part as a participant, whatever its kind. */
  boolean isParticipant(ActorId actor) {
    ParticipantFact p = participants.get(actor);
    return p != null && p.role() == Role.PARTICIPANT;
  }

  /** How many actors took part as participants, whether or not they left since. */
  int participantCount() {
    return (int) participants.values().stream().filter(p -> p.role() == Role.PARTICIPANT).count();
  }

  boolean isInstitution(ActorId actor) {
    ParticipantFact p = participants.get(actor);
    return p != null && ActorKind.INSTITUTION.equals(p.actor().kind());
  }

  /** The kinds of the registered ones among these actors, sorted. */
  ImmutableSortedSet<ActorKind> kinds(Iterable<ActorId> actors) {
    Set<ActorKind> kinds = new TreeSet<>();
    for (ActorId actor : actors) {
      ParticipantFact p = participants.get(actor);
      if (p != null) {
        kinds.add(p.actor().kind());
      }
    }
    return ImmutableSortedSet.copyOf(kinds);
  }

  /** These actors' kinds, sorted by name, "unregistered" for those never registered. */
  ImmutableList<Object> kindsOf(List<ActorId> actors) {
    // sorted by the kinds' names, an actor never registered counted as "unregistered"
    Map<String, Object> kinds = new TreeMap<>();
    for (ActorId actor : actors) {
      ParticipantFact p = participants.get(actor);
      if (p == null) {
        kinds.put(UNREGISTERED, Evidence.of(UNREGISTERED));
      } else {
        kinds.put(p.actor().kind().name(), p.actor().kind());
      }
    }
    return ImmutableList.copyOf(kinds.values());
  }
}
