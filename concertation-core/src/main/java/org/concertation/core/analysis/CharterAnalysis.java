package org.concertation.core.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.concertation.api.charter.Activity;
import org.concertation.api.charter.Charter;
import org.concertation.api.decision.DecisionRule;
import org.concertation.api.decision.Method;
import org.concertation.api.domain.College;

/**
 * The participation level a charter promises, read off its rules by the criteria of {@link
 * ParticipationCriterion}:
 *
 * <ul>
 *   <li>{@code answers}: {@link Charter#answersOwed()};
 *   <li>{@code proposals}: a {@code PROPOSE} grant reaches citizens;
 *   <li>{@code decision}: a {@code TAKE_POSITION} grant reaches citizens;
 *   <li>{@code weight}: under every rule of the charter (its default and its round rules), a
 *       college rule ({@code WEIGHTED_COLLEGES}, {@code COLLEGE_MAJORITY}) gives the colleges that
 *       admit citizens at least half the weight, or a head-count rule weighs each position alike;
 *   <li>{@code no-overrule}: not {@link Charter#ownerMayOverrule()};
 *   <li>{@code co-carrying}: {@link Charter#minCarrierKinds()} at least 2;
 *   <li>{@code evaluation}: a {@code DEFINE_CRITERION} grant reaches citizens and, where the
 *       charter grants {@code ASSESS} (proposals graded on the criteria before the decision), an
 *       {@code ASSESS} grant reaches them too: if only the power holders grade, they keep the right
 *       to judge, which is Arnstein's placation, not a partnership;
 *   <li>{@code agenda}: a {@code REGISTER}, {@code VALIDATE_STAKE} or {@code CHAIR} grant reaches
 *       citizens.
 * </ul>
 *
 * A citizen is an actor taking part as a participant whose kind is not {@code institution}; a grant
 * reaches citizens when it names the participant role (or no role) and a kind other than
 * institution (or no kind), in at least one phase of the charter.
 *
 * <p>On Arnstein's ladder: {@code inform} is {@code manipulation} when citizens take positions that
 * bind nobody and earn no answer, {@code informing} otherwise; {@code consult} is {@code
 * consultation}; {@code involve} is {@code placation}; {@code collaborate} is {@code partnership};
 * {@code empower} is {@code delegated power} when institutions take positions too, {@code citizen
 * control} when citizens decide alone.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CharterAnalysis {
  private CharterAnalysis() {}

  /**
   * The participation level of a charter.
   *
   * @param charter the charter
   * @return its level, with the finding on each criterion
   */
  public static ParticipationLevel level(Charter charter) {
    checkNotNull(charter, "charter must not be null");
    return ParticipationLevel.of(
        findings(charter),
        Citizens.may(charter, Activity.TAKE_POSITION),
        Citizens.institutionsMay(charter, Activity.TAKE_POSITION));
  }

  /** One finding per criterion, in the criteria's order. */
  static ImmutableList<Finding> findings(Charter charter) {
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    for (ParticipationCriterion criterion : ParticipationCriterion.values()) {
      findings.add(finding(charter, criterion));
    }
    return findings.build();
  }

  private static Finding finding(Charter charter, ParticipationCriterion criterion) {
    return switch (criterion) {
      case ANSWERS ->
          new Finding(
              criterion,
              charter.answersOwed(),
              Evidence.of(charter.answersOwed() ? "answers.owed" : "answers.not.owed"));
      case PROPOSALS -> granted(charter, criterion, Activity.PROPOSE);
      case DECISION -> granted(charter, criterion, Activity.TAKE_POSITION);
      case WEIGHT -> weight(charter);
      case NO_OVERRULE ->
          new Finding(
              criterion,
              !charter.ownerMayOverrule(),
              Evidence.of(
                  charter.ownerMayOverrule() ? "owner.may.overrule" : "owner.may.not.overrule"));
      case CO_CARRYING ->
          new Finding(
              criterion,
              charter.minCarrierKinds() >= 2,
              Evidence.of("carrier.kinds", charter.minCarrierKinds()));
      case EVALUATION -> evaluation(charter);
      case AGENDA -> agenda(charter);
    };
  }

  private static Finding granted(
      Charter charter, ParticipationCriterion criterion, Activity activity) {
    boolean met = Citizens.may(charter, activity);
    return new Finding(
        criterion,
        met,
        Evidence.of(
            met ? "citizens.hold" : "citizens.hold.not",
            activity,
            Citizens.holders(charter, activity)));
  }

  /**
   * Citizens choose the criteria; where the charter has the proposals graded before the decision,
   * they grade them too, or the power holders keep the right to judge by the citizens' criteria.
   */
  private static Finding evaluation(Charter charter) {
    if (!Citizens.granted(charter, Activity.ASSESS)) {
      // nothing is judged before the decision: the criteria are the citizens' whole say
      return granted(charter, ParticipationCriterion.EVALUATION, Activity.DEFINE_CRITERION);
    }
    boolean met =
        Citizens.may(charter, Activity.DEFINE_CRITERION) && Citizens.may(charter, Activity.ASSESS);
    return new Finding(
        ParticipationCriterion.EVALUATION,
        met,
        Evidence.of(
            met ? "eval.citizens.judge" : "eval.citizens.judge.not",
            Citizens.holders(charter, Activity.DEFINE_CRITERION),
            Citizens.holders(charter, Activity.ASSESS)));
  }

  private static Finding agenda(Charter charter) {
    Activity[] framing = {Activity.REGISTER, Activity.VALIDATE_STAKE, Activity.CHAIR};
    Set<Activity> held = new LinkedHashSet<>();
    List<Evidence> holders = new ArrayList<>();
    for (Activity activity : framing) {
      if (Citizens.may(charter, activity)) {
        held.add(activity);
      }
      holders.add(Citizens.holders(charter, activity));
    }
    Evidence.Series all = Evidence.Series.clauses(holders);
    return new Finding(
        ParticipationCriterion.AGENDA,
        !held.isEmpty(),
        held.isEmpty()
            ? Evidence.of("agenda.none", all)
            : Evidence.of("agenda.held", ImmutableList.copyOf(held), all));
  }

  private static Finding weight(Charter charter) {
    Set<DecisionRule> rules = new LinkedHashSet<>();
    rules.add(charter.rule());
    rules.addAll(charter.roundRules().values());
    List<Evidence> clauses = new ArrayList<>();
    boolean met = true;
    for (DecisionRule rule : rules) {
      if (rule.method() == Method.WEIGHTED_COLLEGES || rule.method() == Method.COLLEGE_MAJORITY) {
        long total = 0;
        long citizens = 0;
        for (College college : charter.colleges()) {
          total += college.weight();
          if (Citizens.admitsCitizens(college)) {
            citizens += college.weight();
          }
        }
        boolean half = total > 0 && 2 * citizens >= total;
        met &= half;
        clauses.add(
            total == 0
                ? Evidence.of("weight.no.college", rule.method())
                : Evidence.of("weight.colleges", rule.method(), citizens, total));
      } else {
        clauses.add(Evidence.of("weight.head.count", rule.method()));
      }
    }
    return new Finding(
        ParticipationCriterion.WEIGHT,
        met,
        Evidence.of("clauses", Evidence.Series.clauses(clauses)));
  }
}
