package org.concertation.core.history;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.concertation.api.decision.GradeScale;
import org.concertation.api.domain.ActionId;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.CriterionId;
import org.concertation.api.domain.ProposalId;

/**
 * One criterion as the evaluation reads it, ex ante and ex post: who chose it, its scale and
 * weight, the majority grade of each proposal in its last prospective assessment, and the majority
 * grade of each action graded after the fact, with the proposals each action came of (through the
 * objective it serves). Grades are on the criterion's scale.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param criterion the criterion, as defined
 * @param chosenBy who defined it
 * @param scale its grades
 * @param weight the majority grade of the weighing votes on it, on the charter's weighing scale;
 *     empty when nobody weighed it
 * @param exAnte the majority grade of each proposal in the last closed assessment that graded it on
 *     this criterion, in the order the proposals were first assessed
 * @param exPost the majority grade of each action graded on this criterion, in the order the
 *     actions were first graded
 * @param cameOf for each action of {@code exPost}, the proposals it came of
 */
public record CriterionEvaluation(
    CriterionFact criterion,
    ActorId chosenBy,
    GradeScale scale,
    Optional<Integer> weight,
    ImmutableMap<ProposalId, Integer> exAnte,
    ImmutableMap<ActionId, Integer> exPost,
    ImmutableMap<ActionId, ImmutableSet<ProposalId>> cameOf) {
  /**
   * Validates the evaluation.
   *
   * @param criterion the criterion
   * @param chosenBy who defined it
   * @param scale its grades
   * @param weight its weight, if weighed
   * @param exAnte the ex-ante majority grade of each proposal
   * @param exPost the ex-post majority grade of each action
   * @param cameOf the proposals each action came of
   */
  public CriterionEvaluation {
    checkNotNull(criterion, "criterion must not be null");
    checkNotNull(chosenBy, "chosenBy must not be null");
    checkNotNull(scale, "scale must not be null");
    checkNotNull(weight, "weight must not be null");
    exAnte = ImmutableMap.copyOf(checkNotNull(exAnte, "exAnte must not be null"));
    exPost = ImmutableMap.copyOf(checkNotNull(exPost, "exPost must not be null"));
    cameOf = ImmutableMap.copyOf(checkNotNull(cameOf, "cameOf must not be null"));
  }

  /**
   * The criterion's identity.
   *
   * @return the identity
   */
  public CriterionId id() {
    return criterion.id();
  }

  /**
   * The name of a grade on the criterion's scale.
   *
   * @param grade a grade of {@link #exAnte()} or {@link #exPost()}
   * @return its name
   */
  public String gradeName(int grade) {
    return scale.name(grade);
  }
}
