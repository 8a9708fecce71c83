package org.concertation.examples.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.concertation.api.domain.Action;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.AnswerKind;
import org.concertation.api.domain.Commitment;
import org.concertation.api.domain.Indicator;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.domain.Rating;
import org.concertation.api.domain.ResourceKind;
import org.concertation.api.domain.Stance;
import org.concertation.api.event.Event;

/**
 * The few numbers that tell two runs apart, computed from a run's events and final state: who
 * proposed, what the inhabitants and associations obtained, how many rounds and objections, who
 * carries the actions, who chose the criteria, and how the result was rated.
 *
 * @param actors actors registered
 * @param requiredKinds the kinds whose contribution the charter requires before the diagnosis is
 *     shared
 * @param diagnosisKinds the kinds that contributed to the diagnosis
 * @param stakes validated stakes out of those identified, as "4 of 5"
 * @param proposals proposals submitted (merges not counted)
 * @param proposalKinds the kinds among the authors of submitted proposals
 * @param bottomUpAdopted adopted proposals with an inhabitant or association among their authors
 * @param adopted adopted proposals
 * @param rounds negotiation rounds held
 * @param objections reasoned objections raised
 * @param amendments amendments made
 * @param merges merges made
 * @param overruled proposals a round adopted and the owner declined
 * @param objectives objectives adopted
 * @param carrierKinds the kinds carrying actions
 * @param means the means committed, in words
 * @param criteriaChosenBy the roles and kinds of those who chose the criteria
 * @param ratings ratings given
 * @param raterKinds the kinds of those who rated
 * @param meanRating the mean of all ratings, with two decimals
 * @param indicatorsMet indicators whose observed value reached the expected one, as "2 of 4"
 */
record Figures(
    int actors,
    String requiredKinds,
    String diagnosisKinds,
    String stakes,
    int proposals,
    String proposalKinds,
    int bottomUpAdopted,
    int adopted,
    int rounds,
    int objections,
    int amendments,
    int merges,
    int overruled,
    int objectives,
    String carrierKinds,
    String means,
    String criteriaChosenBy,
    int ratings,
    String raterKinds,
    String meanRating,
    String indicatorsMet) {

  static Figures of(DemoRun run) {
    return of(new RunView(run));
  }

  static Figures of(RunView view) {
    List<ProposalId> submitted =
        view.events(Event.ProposalSubmitted.class).stream()
            .map(Event.ProposalSubmitted::proposal)
            .toList();
    List<ActorId> proposers = submitted.stream().flatMap(id -> view.authors(id).stream()).toList();
    List<ProposalId> adopted =
        view.proposals().stream()
            .filter(id -> view.proposal(id).status() == ProposalStatus.ADOPTED)
            .toList();
    List<ActorId> carriers = new ArrayList<>();
    view.state()
        .actions()
        .values()
        .forEach(a -> a.commitments().forEach(c -> carriers.add(c.actor())));
    List<Rating> ratings = new ArrayList<>();
    view.events(Event.RatingGiven.class).forEach(e -> ratings.add(e.rating()));
    return new Figures(
        view.state().members().size(),
        String.join(
            ", ",
            view.state().charter().diagnosisKinds().stream().map(k -> k.name()).sorted().toList()),
        view.kinds(
            view.events(Event.ContributionMade.class).stream()
                .map(Event.ContributionMade::by)
                .toList()),
        view.state().validatedStakes() + " of " + view.state().stakes().size(),
        submitted.size(),
        view.kinds(proposers),
        (int) adopted.stream().filter(view::bottomUp).count(),
        adopted.size(),
        view.state().roundsHeld(),
        (int)
            view.events(Event.PositionTaken.class).stream()
                .filter(e -> e.position().stance() == Stance.OBJECT)
                .count(),
        view.events(Event.ProposalAmended.class).size(),
        view.events(Event.ProposalsMerged.class).size(),
        (int)
            adopted.stream()
                .filter(
                    id -> view.answer(id).map(a -> a.answer() == AnswerKind.DECLINED).orElse(false))
                .count(),
        view.state().objectives().size(),
        view.kinds(carriers),
        means(view),
        chosenBy(view),
        ratings.size(),
        view.kinds(ratings.stream().map(Rating::actor).toList()),
        OutcomesSection.mean(ratings.stream().map(Rating::score).toList()),
        indicatorsMet(view));
  }

  /** Money, hours, competences and material committed to all actions. */
  private static String means(RunView view) {
    BigDecimal money = BigDecimal.ZERO;
    BigDecimal hours = BigDecimal.ZERO;
    int competences = 0;
    int material = 0;
    for (Action action : view.state().actions().values()) {
      for (Commitment c : action.commitments()) {
        ResourceKind kind = c.resource().kind();
        if (kind == ResourceKind.MONEY) {
          money = money.add(c.resource().quantity());
        } else if (kind == ResourceKind.HOURS) {
          hours = hours.add(c.resource().quantity());
        } else if (kind == ResourceKind.COMPETENCE) {
          competences++;
        } else {
          material++;
        }
      }
    }
    return "money "
        + Md.number(money)
        + "; "
        + Md.number(hours)
        + " hours; "
        + competences
        + " competences; "
        + material
        + " material items";
  }

  /** "participant: association, inhabitant" or "project owner: institution". */
  private static String chosenBy(RunView view) {
    Set<String> roles = new TreeSet<>();
    List<ActorId> who = new ArrayList<>();
    for (Event.CriterionDefined e : view.events(Event.CriterionDefined.class)) {
      roles.add(view.member(e.by()).role().name().toLowerCase(Locale.ROOT).replace('_', ' '));
      who.add(e.by());
    }
    return String.join(", ", roles) + " (" + view.kinds(who) + ")";
  }

  private static String indicatorsMet(RunView view) {
    int met = 0;
    for (Indicator i : view.state().indicators().values()) {
      if (i.observed().isPresent() && i.observed().get().compareTo(i.expected()) >= 0) {
        met++;
      }
    }
    return met + " of " + view.state().indicators().size();
  }
}
