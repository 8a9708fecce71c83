package org.concertation.examples.demo;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Collection;
import org.concertation.api.charter.Charter;
import org.concertation.api.decision.DecisionRule;
import org.concertation.api.decision.Method;
import org.concertation.api.decision.TieBreak;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ActorKind;
import org.concertation.core.history.ParticipantFact;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.history.ProposalHistory;

/**
 * Read-only questions about a finished run, answered from its {@link ProcessHistory}, the one read
 * model of a process. Every list comes in the order of the events, so that the account is the same
 * on every run.
 */
final class RunView {
  private final DemoRun run;
  private final ProcessHistory history;

  RunView(DemoRun run) {
    this.run = run;
    this.history = ProcessHistory.of(run.state().charter(), run.events());
  }

  DemoRun run() {
    return run;
  }

  ProcessHistory history() {
    return history;
  }

  Charter charter() {
    return history.charter();
  }

  ParticipantFact member(ActorId actor) {
    return history
        .participant(actor)
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
  ImmutableList<ProposalHistory> proposals() {
    return history.proposals();
  }

  /** Whether an inhabitant or an association is among the proposal's authors. */
  boolean bottomUp(ProposalHistory proposal) {
    return proposal.authors().stream()
        .map(this::kind)
        .anyMatch(kind -> kind.equals(ActorKind.INHABITANT) || kind.equals(ActorKind.ASSOCIATION));
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
