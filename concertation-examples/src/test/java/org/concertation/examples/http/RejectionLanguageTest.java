package org.concertation.examples.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.concertation.api.domain.Phase;
import org.concertation.api.rejection.Rejection;
import org.concertation.core.text.RejectionText;
import org.concertation.core.text.Texts;
import org.junit.jupiter.api.Test;

/** The message of a rejected command follows the client's {@code Accept-Language}. */
class RejectionLanguageTest {
  private static final Rejection REJECTION = new Rejection.LastPhase(Phase.EVALUATION);

  @Test
  void theClientsPreferredLanguageAmongThoseSpokenIsChosenAndEnglishOtherwise() {
    assertThat(Bodies.language("fr-FR,fr;q=0.9,en;q=0.8")).isEqualTo(Locale.FRENCH);
    assertThat(Bodies.language("de-DE, fr;q=0.5, en;q=0.4")).isEqualTo(Locale.FRENCH);
    assertThat(Bodies.language("en-GB,fr;q=0.5")).isEqualTo(Locale.ENGLISH);
    assertThat(Bodies.language("de, it")).isEqualTo(Locale.ENGLISH);
    assertThat(Bodies.language(null)).isEqualTo(Locale.ENGLISH);
    assertThat(Bodies.language("")).isEqualTo(Locale.ENGLISH);
    assertThat(Bodies.language(";;q=x,,")).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void onlyTheMessageOfARejectionChangesWithTheLanguage() {
    ObjectNode english = Bodies.rejected(REJECTION, Locale.ENGLISH);
    ObjectNode french = Bodies.rejected(REJECTION, Locale.FRENCH);
    assertThat(english.get("message").textValue())
        .isEqualTo(RejectionText.message(REJECTION, Texts.of(Locale.ENGLISH)))
        .isEqualTo("the evaluation phase is the last of the charter: close the process instead");
    assertThat(french.get("message").textValue())
        .isEqualTo(RejectionText.message(REJECTION, Texts.of(Locale.FRENCH)))
        .contains("la phase «\u00a0évaluation\u00a0» est la dernière de la charte");
    assertThat(fields(french)).isEqualTo(fields(english)).containsExactly("rejection", "message");
    assertThat(french.get("rejection")).isEqualTo(english.get("rejection"));
  }

  private static List<String> fields(ObjectNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
