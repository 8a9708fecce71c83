package org.concertation.examples.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.AnswerKind;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.domain.Rating;
import org.concertation.api.domain.Resource;
import org.concertation.api.domain.ResourceKind;
import org.concertation.core.history.ActionFact;
import org.concertation.core.history.CommitmentFact;
import org.concertation.core.history.CriterionFact;
import org.concertation.core.history.IndicatorFact;
import org.concertation.core.history.ParticipantFact;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.history.ProposalHistory;
import org.concertation.core.history.RatingFact;

/**
 * The few numbers that tell two runs apart, read off a run's history: who proposed, what the
 * inhabitants and associations obtained, how many rounds and objections, who carries the actions,
 * who chose the criteria, and how the result was rated.
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
 * @param criteriaFrom the phase in which the first criterion was chosen
 * @param exAnte whether a prospective assessment was held, and on what
 * @param agreement how many ex-ante grades the ex-post grades confirm within one grade
 * @param effectsMet expected effects whose observed value reached the expected one
 * @param delivered the means delivered against those committed, per kind of means
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
    String indicatorsMet,
    String criteriaFrom,
    String exAnte,
    String agreement,
    String effectsMet,
    String delivered) {

  static Figures of(DemoRun run) {
    return of(new RunView(run));
  }

  static Figures of(RunView view) {
    ProcessHistory history = view.history();
    List<ProposalHistory> submitted =
        view.proposals().stream().filter(ProposalHistory::submitted).toList();
    List<ActorId> proposers = submitted.stream().flatMap(p -> p.authors().stream()).toList();
    List<ProposalHistory> adopted =
        view.proposals().stream().filter(p -> p.status() == ProposalStatus.ADOPTED).toList();
    List<ActorId> carriers =
        history.actions().stream()
            .flatMap(a -> a.commitments().stream())
            .map(c -> c.commitment().actor())
            .toList();
    List<Rating> ratings = history.ratings().stream().map(RatingFact::rating).toList();
    Prospective prospective = new Prospective(view);
    return new Figures(
        (int) history.participants().stream().map(ParticipantFact::id).distinct().count(),
        view.list(view.charter().diagnosisKinds().stream().sorted().map(view::kindName).toList()),
        view.kinds(history.contributions().stream().map(c -> c.stamp().by()).toList()),
        view.text(
            "demo.figures.of",
            history.stakes().stream().filter(s -> s.validated().isPresent()).count(),
            history.stakes().size()),
        submitted.size(),
        view.kinds(proposers),
        (int) adopted.stream().filter(view::bottomUp).count(),
        adopted.size(),
        history.rounds().size(),
        history.objections().size(),
        view.proposals().stream().mapToInt(p -> p.amendments().size()).sum(),
        (int) view.proposals().stream().filter(p -> p.mergedFrom().isPresent()).count(),
        (int)
            adopted.stream()
                .filter(p -> p.answer().map(a -> a.kind() == AnswerKind.DECLINED).orElse(false))
                .count(),
        history.objectives().size(),
        view.kinds(carriers),
        means(view),
        chosenBy(view),
        ratings.size(),
        view.kinds(ratings.stream().map(Rating::actor).toList()),
        OutcomesSection.mean(ratings.stream().map(Rating::score).toList(), view),
        indicatorsMet(view),
        prospective.criteriaFrom().map(view::words).orElse(view.text("demo.none")),
        prospective.assessmentHeld(),
        prospective.agreement(),
        prospective.effectsMet(),
        prospective.delivered());
  }

  /** Money, hours, competences and material committed to all actions. */
  private static String means(RunView view) {
    ProcessHistory history = view.history();
    BigDecimal money = BigDecimal.ZERO;
    BigDecimal hours = BigDecimal.ZERO;
    int competences = 0;
    int material = 0;
    for (ActionFact action : history.actions()) {
      for (CommitmentFact f : action.commitments()) {
        Resource resource = f.commitment().resource();
        ResourceKind kind = resource.kind();
        if (kind == ResourceKind.MONEY) {
          money = money.add(resource.quantity());
        } else if (kind == ResourceKind.HOURS) {
          hours = hours.add(resource.quantity());
        } else if (kind == ResourceKind.COMPETENCE) {
          competences++;
        } else {
          material++;
        }
      }
    }
    return view.text(
        "demo.figures.means", view.number(money), view.number(hours), competences, material);
  }

  /** "participant: association, inhabitant" or "project owner: institution". */
  private static String chosenBy(RunView view) {
    Set<String> roles = new TreeSet<>();
    List<ActorId> who = new ArrayList<>();
    for (CriterionFact c : view.history().criteria()) {
      ActorId by = c.stamp().by();
      roles.add(view.words(view.member(by).role()));
      who.add(by);
    }
    return view.list(roles) + " (" + view.kinds(who) + ")";
  }

  private static String indicatorsMet(RunView view) {
    ProcessHistory history = view.history();
    long met = history.indicators().stream().filter(IndicatorFact::met).count();
    return view.text("demo.figures.of", met, history.indicators().size());
  }
}
