package org.concertation.core.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import org.concertation.core.text.Texts;

/**
 * A difference between what a charter promised and what a run did, on one criterion.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param criterion the criterion
 * @param promised what the charter promised
 * @param observed what the run shows
 */
public record Gap(ParticipationCriterion criterion, Evidence promised, Evidence observed) {
  /**
   * Validates the gap.
   *
   * @param criterion the criterion
   * @param promised what the charter promised
   * @param observed what the run shows
   */
  public Gap {
    checkNotNull(criterion, "criterion must not be null");
    checkNotNull(promised, "promised must not be null");
    checkNotNull(observed, "observed must not be null");
  }

  /**
   * The gap in one line, in English: {@code no-overrule: promised ...; observed ...}.
   *
   * @return the line
   */
  public String describe() {
    return describe(Texts.of(Locale.ENGLISH));
  }

  /**
   * The gap in one line, in a language.
   *
   * @param texts the language's texts
   * @return the line
   */
  public String describe(Texts texts) {
    checkNotNull(texts, "texts must not be null");
    return Evidence.of("gap", criterion, promised, observed).text(texts);
  }
}
