package org.concertation.core.decision;

import java.util.Locale;
import org.concertation.api.decision.Outcome;
import org.concertation.core.text.GroundsText;
import org.concertation.core.text.Texts;

/** An outcome's explanation in English, objectors by their identities in quotes. */
final class Explained {
  private static final Texts ENGLISH = Texts.of(Locale.ENGLISH);

  private Explained() {}

  static String explained(Outcome outcome) {
    return GroundsText.explanation(outcome, ENGLISH, id -> "'" + id.value() + "'");
  }
}
