package org.concertation.core.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import org.concertation.core.text.Texts;

/**
 * Whether a process meets one criterion, and what shows it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param criterion the criterion
 * @param met whether it is met
 * @param evidence what in the charter or the run shows it, in one sentence, rendered by {@link
 *     #evidence(Texts)}
 */
public record Finding(ParticipationCriterion criterion, boolean met, Evidence evidence) {
  /**
   * Validates the finding.
   *
   * @param criterion the criterion
   * @param met whether it is met
   * @param evidence what in the charter or the run shows it, in one sentence
   */
  public Finding {
    checkNotNull(criterion, "criterion must not be null");
    checkNotNull(evidence, "evidence must not be null");
  }

  /**
   * A finding whose evidence is one sentence, shown as written in every language.
   *
   * @param criterion the criterion
   * @param met whether it is met
   * @param evidence what in the charter or the run shows it, in one sentence
   * @throws IllegalArgumentException if the evidence is blank
   */
  public Finding(ParticipationCriterion criterion, boolean met, String evidence) {
    this(criterion, met, Evidence.asWritten(evidence));
  }

  /**
   * What shows the finding, in a language.
   *
   * @param texts the language's texts
   * @return the sentence
   */
  public String evidence(Texts texts) {
    return evidence.text(texts);
  }
}
