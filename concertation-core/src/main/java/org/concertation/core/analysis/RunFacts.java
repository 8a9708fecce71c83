package org.concertation.core.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.concertation.api.domain.ActionId;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.AnswerKind;
import org.concertation.api.domain.College;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.domain.Role;
import org.concertation.api.event.Event;
import org.concertation.api.event.RoundDecision;

/** What a run's events say about participation, gathered in one pass. Mutable, not shared. */
final class RunFacts implements Event.Visitor<Void> {
  final Map<ActorId, ActorKind> kinds = new HashMap<>();
  final Map<ActorId, Role> roles = new HashMap<>();
  final Map<ActorId, CollegeId> colleges = new HashMap<>();
  final List<ActorId> registered = new ArrayList<>();
  final List<College> registeredColleges = new ArrayList<>();
  final Map<ProposalId, Set<ActorId>> authors = new LinkedHashMap<>();
  final Map<ProposalId, Instant> submitted = new HashMap<>();
  final Map<ProposalId, Instant> decided = new LinkedHashMap<>();
  final Set<ProposalId> adopted = new LinkedHashSet<>();
  final Set<ProposalId> gone = new HashSet<>();
  final Map<ProposalId, AnswerKind> answers = new LinkedHashMap<>();
  final Map<ProposalId, Instant> answeredAt = new HashMap<>();
  final Map<ActionId, Set<ActorKind>> carriers = new LinkedHashMap<>();
  final List<ActorId> contributors = new ArrayList<>();
  final List<ActorId> proposers = new ArrayList<>();
  final List<ActorId> positions = new ArrayList<>();
  final List<ActorId> framers = new ArrayList<>();
  final List<ActorId> criterionAuthors = new ArrayList<>();
  final Map<ActorId, List<Integer>> ratings = new LinkedHashMap<>();
  boolean ended;

  static RunFacts of(Iterable<? extends Event> events) {
    RunFacts facts = new RunFacts();
    for (Event event : events) {
      event.accept(facts);
    }
    return facts;
  }

  boolean isCitizen(ActorId actor) {
    ActorKind kind = kinds.get(actor);
    return kind != null && roles.get(actor) == Role.PARTICIPANT && Citizens.isCitizen(kind);
  }

  boolean isInstitution(ActorId actor) {
    return ActorKind.INSTITUTION.equals(kinds.get(actor));
  }

  String kindsOf(Iterable<ActorId> actors) {
    Set<String> names = new TreeSet<>();
    for (ActorId actor : actors) {
      ActorKind kind = kinds.get(actor);
      names.add(kind == null ? "unregistered" : kind.name());
    }
    return String.join(", ", names);
  }

  @Override
  public Void visit(Event.ActorRegistered e) {
    kinds.put(e.actor().id(), e.actor().kind());
    roles.put(e.actor().id(), e.role());
    e.college().ifPresent(c -> colleges.put(e.actor().id(), c));
    registered.add(e.actor().id());
    if (!e.by().equals(e.actor().id())) {
      framers.add(e.by());
    }
    return null;
  }

  @Override
  public Void visit(Event.PanelDrawn e) {
    framers.add(e.by());
    return null;
  }

  @Override
  public Void visit(Event.CollegeRegistered e) {
    framers.add(e.by());
    registeredColleges.add(e.college());
    return null;
  }

  @Override
  public Void visit(Event.PhaseAdvanced e) {
    return null;
  }

  @Override
  public Void visit(Event.PhaseReopened e) {
    return null;
  }

  @Override
  public Void visit(Event.ContributionMade e) {
    contributors.add(e.by());
    return null;
  }

  @Override
  public Void visit(Event.StakeIdentified e) {
    return null;
  }

  @Override
  public Void visit(Event.StakeValidated e) {
    framers.add(e.by());
    return null;
  }

  @Override
  public Void visit(Event.ProposalSubmitted e) {
    authors.put(e.proposal(), new LinkedHashSet<>(e.authors()));
    submitted.put(e.proposal(), e.at());
    proposers.addAll(e.authors());
    return null;
  }

  @Override
  public Void visit(Event.ProposalAmended e) {
    return null;
  }

  @Override
  public Void visit(Event.ProposalsMerged e) {
    authors.put(e.result(), new LinkedHashSet<>(e.authors()));
    submitted.put(e.result(), e.at());
    gone.addAll(e.sources());
    return null;
  }

  @Override
  public Void visit(Event.ProposalWithdrawn e) {
    gone.add(e.proposal());
    return null;
  }

  @Override
  public Void visit(Event.RoundOpened e) {
    framers.add(e.by());
    return null;
  }

  @Override
  public Void visit(Event.PositionTaken e) {
    positions.add(e.position().actor());
    return null;
  }

  @Override
  public Void visit(Event.RoundClosed e) {
    for (RoundDecision decision : e.decisions()) {
      if (decision.status() != ProposalStatus.OPEN) {
        decided.put(decision.proposal(), e.at());
      }
      if (decision.status() == ProposalStatus.ADOPTED) {
        adopted.add(decision.proposal());
      }
    }
    return null;
  }

  @Override
  public Void visit(Event.ProposalAnswered e) {
    answers.put(e.proposal(), e.answer());
    answeredAt.put(e.proposal(), e.at());
    return null;
  }

  @Override
  public Void visit(Event.ObjectiveAdopted e) {
    return null;
  }

  @Override
  public Void visit(Event.ActionLaunched e) {
    carriers.put(e.action(), new TreeSet<>());
    return null;
  }

  @Override
  public Void visit(Event.CommitmentMade e) {
    ActorKind kind = kinds.get(e.commitment().actor());
    if (kind != null) {
      carriers.computeIfAbsent(e.action(), a -> new TreeSet<>()).add(kind);
    }
    return null;
  }

  @Override
  public Void visit(Event.IndicatorDefined e) {
    return null;
  }

  @Override
  public Void visit(Event.IndicatorReported e) {
    return null;
  }

  @Override
  public Void visit(Event.CriterionDefined e) {
    criterionAuthors.add(e.by());
    return null;
  }

  @Override
  public Void visit(Event.RatingGiven e) {
    ratings.computeIfAbsent(e.rating().actor(), a -> new ArrayList<>()).add(e.rating().score());
    return null;
  }

  @Override
  public Void visit(Event.ProcessClosed e) {
    ended = true;
    return null;
  }

  @Override
  public Void visit(Event.ProcessAbandoned e) {
    ended = true;
    return null;
  }
}
