package org.concertation.examples.demo;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Collection;
import java.util.Optional;
import org.concertation.api.decision.DecisionRule;
import org.concertation.api.decision.Method;
import org.concertation.api.decision.TieBreak;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.Proposal;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.event.Event;
import org.concertation.api.event.RoundDecision;
import org.concertation.core.process.Member;
import org.concertation.core.process.ProcessState;

/**
 * Read-only questions about a finished run, answered from its events (for order and history) and
 * its final state (for where things stand). Every list comes in the order of the events, so that
 * the account is the same on every run.
 */
final class RunView {
  private final DemoRun run;
  private final ProcessState state;

  RunView(DemoRun run) {
    this.run = run;
    this.state = run.state();
  }

  DemoRun run() {
    return run;
  }

  ProcessState state() {
    return state;
  }

  <E extends Event> ImmutableList<E> events(Class<E> type) {
    return run.eventsOf(type);
  }

  Member member(ActorId actor) {
    return state
        .member(actor)
        .orElseThrow(() -> new IllegalStateException("Unknown actor " + actor));
  }

  String name(ActorId actor) {
    return member(actor).actor().name();
  }

  ActorKind kind(ActorId actor) {
    return member(actor).actor().kind();
  }

  /** The distinct kinds of these actors, in alphabetical order, comma-separated. */
  String kinds(Collection<ActorId> actors) {
    return String.join(", ", kindSet(actors).stream().map(ActorKind::name).toList());
  }

  ImmutableSortedSet<ActorKind> kindSet(Collection<ActorId> actors) {
    return actors.stream()
        .map(this::kind)
        .collect(ImmutableSortedSet.toImmutableSortedSet(ActorKind::compareTo));
  }

  /** Names, comma-separated, in the given order. */
  String names(Collection<ActorId> actors) {
    return String.join(", ", actors.stream().map(this::name).toList());
  }

  /** Every proposal, in the order it appeared: submitted or made by a merge. */
  ImmutableList<ProposalId> proposals() {
    ImmutableList.Builder<ProposalId> ids = ImmutableList.builder();
    for (Event event : run.events()) {
      if (event instanceof Event.ProposalSubmitted submitted) {
        ids.add(submitted.proposal());
      } else if (event instanceof Event.ProposalsMerged merged) {
        ids.add(merged.result());
      }
    }
    return ids.build();
  }

  Proposal proposal(ProposalId id) {
    return state
        .proposal(id)
        .orElseThrow(() -> new IllegalStateException("Unknown proposal " + id));
  }

  /** The authors of a proposal, the submitter first (the state keeps them as a set). */
  ImmutableList<ActorId> authors(ProposalId id) {
    for (Event event : run.events()) {
      if (event instanceof Event.ProposalSubmitted submitted && submitted.proposal().equals(id)) {
        return submitted.authors().asList();
      }
      if (event instanceof Event.ProposalsMerged merged && merged.result().equals(id)) {
        return merged.authors().asList();
      }
    }
    throw new IllegalStateException("Unknown proposal " + id);
  }

  /** Whether an inhabitant or an association is among the proposal's authors. */
  boolean bottomUp(ProposalId id) {
    return authors(id).stream()
        .map(this::kind)
        .anyMatch(kind -> kind.equals(ActorKind.INHABITANT) || kind.equals(ActorKind.ASSOCIATION));
  }

  /** What the last round that deliberated the proposal decided, if one did. */
  Optional<Decided> lastDecision(ProposalId id) {
    Decided last = null;
    for (Event.RoundClosed closed : events(Event.RoundClosed.class)) {
      for (RoundDecision decision : closed.decisions()) {
        if (decision.proposal().equals(id)) {
          last = new Decided(closed.round(), decision);
        }
      }
    }
    return Optional.ofNullable(last);
  }

  /** A round's decision on one proposal, with the round's number. */
  record Decided(int round, RoundDecision decision) {}

  Optional<Event.ProposalAnswered> answer(ProposalId id) {
    return events(Event.ProposalAnswered.class).stream()
        .filter(answer -> answer.proposal().equals(id))
        .findFirst();
  }

  /** A decision rule in words. */
  static String describe(DecisionRule rule) {
    StringBuilder out = new StringBuilder(method(rule.method()));
    out.append(" (threshold ").append(rule.threshold()).append(')');
    out.append(
        rule.objectionsBlock() ? "; a reasoned objection blocks" : "; objections do not block");
    if (rule.quorum().overall().numerator() > 0 || rule.quorum().perCollege().numerator() > 0) {
      out.append("; quorum ")
          .append(rule.quorum().overall())
          .append(" overall and ")
          .append(rule.quorum().perCollege())
          .append(" in each college");
    }
    out.append(
        rule.tieBreak() == TieBreak.CARRY_OVER
            ? "; a tie is carried to the next round"
            : "; a tie keeps the status quo");
    return out.toString();
  }

  private static String method(Method method) {
    switch (method) {
      case MAJORITY:
        return "simple majority";
      case ABSOLUTE_MAJORITY:
        return "absolute majority";
      case QUALIFIED_MAJORITY:
        return "qualified majority";
      case UNANIMITY:
        return "unanimity";
      case CONSENT:
        return "consent";
      case WEIGHTED_COLLEGES:
        return "weighted colleges";
      case COLLEGE_MAJORITY:
        return "a majority inside every college";
    }
    throw new AssertionError("Unknown method " + method);
  }
}
