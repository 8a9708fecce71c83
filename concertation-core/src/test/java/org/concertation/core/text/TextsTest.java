package org.concertation.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.concertation.api.charter.Activity;
import org.concertation.api.command.Command;
import org.concertation.api.decision.Method;
import org.concertation.api.decision.Verdict;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.AnswerKind;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.Naming;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.domain.ResourceKind;
import org.concertation.api.domain.Role;
import org.concertation.api.domain.Stance;
import org.concertation.api.rejection.Entity;
import org.concertation.api.rejection.Rejection;
import org.concertation.core.analysis.ArnsteinRung;
import org.concertation.core.analysis.Dimension;
import org.concertation.core.analysis.Iap2Level;
import org.concertation.core.analysis.ParticipationCriterion;
import org.concertation.core.history.PhaseChange;
import org.junit.jupiter.api.Test;

class TextsTest {
  private static final Texts ENGLISH = Texts.of(Locale.ENGLISH);
  private static final Texts FRENCH = Texts.of(Locale.FRENCH);

  /** Every enum whose constants a reader is shown: in reports, rejections or the demo. */
  static final ImmutableList<Class<? extends Enum<?>>> SHOWN =
      ImmutableList.of(
          Phase.class,
          Role.class,
          Stance.class,
          ProposalStatus.class,
          AnswerKind.class,
          Verdict.class,
          Method.class,
          ResourceKind.class,
          PhaseChange.Kind.class,
          Entity.class,
          Activity.class,
          Iap2Level.class,
          ArnsteinRung.class,
          ParticipationCriterion.class,
          Dimension.class,
          // consent
          Naming.class,
          Ballot.Kind.class);

  @Test
  void bothLanguagesHoldTheSameKeys() {
    assertThat(ENGLISH.keys()).containsExactlyInAnyOrderElementsOf(FRENCH.keys());
    assertThat(ENGLISH.keys()).anyMatch(k -> k.startsWith("rejection."));
  }

  @Test
  void everyConstantOfAnEnumShownToAReaderHasALabelInBothLanguagesAndNoneIsRawInFrench() {
    for (Class<? extends Enum<?>> type : SHOWN) {
      for (Enum<?> constant : type.getEnumConstants()) {
        for (Texts texts : List.of(ENGLISH, FRENCH)) {
          assertThat(texts.has(Texts.labelKey(constant)))
              .as("%s in %s", Texts.labelKey(constant), texts)
              .isTrue();
          assertThat(texts.label(constant)).isNotBlank().doesNotStartWith("enum.");
        }
        assertThat(FRENCH.label(constant)).as("%s", constant).isNotEqualTo(constant.name());
      }
    }
  }

  @Test
  void noEnglishLabelOfAShownEnumIsItsRawConstantName() {
    for (Class<? extends Enum<?>> type : SHOWN) {
      for (Enum<?> constant : type.getEnumConstants()) {
        assertThat(ENGLISH.label(constant))
            .as("%s", Texts.labelKey(constant))
            .isNotEqualTo(constant.name())
            .doesNotContain("_")
            .isEqualTo(ENGLISH.label(constant).toLowerCase(Locale.ROOT));
      }
    }
    assertThat(ENGLISH.label(Role.PROJECT_OWNER)).isEqualTo("project owner");
    assertThat(ENGLISH.label(Method.COLLEGE_MAJORITY)).isEqualTo("college majority");
    assertThat(ENGLISH.label(Verdict.NO_QUORUM)).isEqualTo("no quorum");
  }

  @Test
  void everyMessageRendersInBothLanguagesWithEveryPlaceholderFilled() {
    for (String key : FRENCH.keys()) {
      if (key.startsWith("format.date.") || key.equals("format.grouping")) {
        continue; // patterns of DateTimeFormatter and a flag, not messages
      }
      Object[] arguments = arguments(key);
      for (Texts texts : List.of(ENGLISH, FRENCH)) {
        if (!texts.has(key)) {
          continue;
        }
        String text = texts.text(key, arguments);
        assertThat(text).as("%s in %s", key, texts).isNotBlank().doesNotContain("{", "}");
        assertThat(text).isNotEqualTo(key);
      }
    }
  }

  /** Arguments for a key's patterns: numbers where either language formats one, else a word. */
  private static Object[] arguments(String key) {
    List<Format[]> formats = new ArrayList<>();
    for (Texts texts : List.of(ENGLISH, FRENCH)) {
      if (texts.has(key)) {
        formats.add(
            new MessageFormat(texts.pattern(key), texts.locale()).getFormatsByArgumentIndex());
      }
    }
    int count = formats.stream().mapToInt(f -> f.length).max().orElse(0);
    Object[] arguments = new Object[count + 1];
    for (int i = 0; i < arguments.length; i++) {
      int index = i;
      boolean number =
          formats.stream()
              .anyMatch(
                  f ->
                      index < f.length
                          && (f[index] instanceof NumberFormat
                              || f[index] instanceof ChoiceFormat));
      arguments[i] = number ? 2 : "word" + i;
    }
    return arguments;
  }

  @Test
  void everyRejectionIsSaidInBothLanguagesNamingItsValuesAndNoEnumOrCommandTypeRaw() {
    for (Class<?> type : Rejection.class.getPermittedSubclasses()) {
      Rejection rejection = sample(type);
      String english = RejectionText.message(rejection, ENGLISH);
      String french = RejectionText.message(rejection, FRENCH);
      for (Texts texts : List.of(ENGLISH, FRENCH)) {
        assertThat(texts.has(RejectionText.key(type))).as("%s in %s", type, texts).isTrue();
      }
      assertThat(english).as("%s", type).isNotEqualTo(french);
      assertThat(List.of(english, french))
          .allSatisfy(
              text ->
                  assertThat(text)
                      .as("%s", type)
                      .isNotBlank()
                      .doesNotContain("{", "}", "rejection.", "command.", "[", "]"));
      // the api's technical text too: a developer's log reads words, not constants
      for (String text : List.of(english, french, rejection.message())) {
        assertThat(RAW.matcher(text).results().map(MatchResult::group))
            .as("raw names in %s: %s", type, text)
            .isEmpty();
        for (RecordComponent component : type.getRecordComponents()) {
          Object value = value(component);
          String said = String.valueOf(value);
          if (said.startsWith("the-")) { // an id or a text, said as it is
            assertThat(text).as("%s names its %s", type, component.getName()).contains(said);
          }
          if (value instanceof Enum<?> constant) {
            assertThat(text).as("%s: %s", type, text).doesNotContain(constant.name());
          }
          if (value instanceof Class<?> command) {
            assertThat(text).as("%s: %s", type, text).doesNotContain(command.getSimpleName());
          }
        }
      }
    }
  }

  /** A constant's name ({@code PROJECT_OWNER}) or a type's ({@code SubmitProposal}), but UTC. */
  private static final Pattern RAW =
      Pattern.compile("\\b(?!UTC\\b)[A-Z][A-Z_]{2,}\\b|\\b[A-Z][a-z]+[A-Z][A-Za-z]*\\b");

  @Test
  void everyCommandTypeHasItsWordsInBothLanguages() {
    for (Class<?> type : Command.class.getPermittedSubclasses()) {
      for (Texts texts : List.of(ENGLISH, FRENCH)) {
        String key = RejectionText.commandKey(type);
        assertThat(texts.has(key)).as("%s in %s", key, texts).isTrue();
        assertThat(texts.text(key)).isNotBlank().isNotEqualTo(type.getSimpleName());
      }
    }
    assertThat(
            RejectionText.message(
                new Rejection.WrongPhase(
                    Activity.PROPOSE, Phase.DIAGNOSIS, Command.SubmitProposal.class),
                ENGLISH))
        .isEqualTo(
            "cannot submit a proposal in the diagnosis phase, which does not open the activity"
                + " 'propose'");
    assertThat(
            new Rejection.WrongPhase(
                    Activity.TAKE_POSITION, Phase.DIAGNOSIS, Command.TakePosition.class)
                .message())
        .isEqualTo("cannot take position (take position) in phase diagnosis");
    assertThat(
            RejectionText.message(
                new Rejection.WrongPhase(
                    Activity.PROPOSE, Phase.DIAGNOSIS, Command.SubmitProposal.class),
                FRENCH))
        .isEqualTo(
            "la demande «\u00a0déposer une proposition\u00a0» n’est pas possible en phase"
                + " «\u00a0diagnostic partagé\u00a0», qui n’ouvre pas l’activité «\u00a0proposer\u00a0»");
  }

  @Test
  void aRejectionSaysItsEnumsByTheirLabelsAndItsDatesInTheZone() {
    Texts paris = FRENCH.withZone(ZoneId.of("Europe/Paris"));
    String text =
        RejectionText.message(
            new Rejection.DeadlinePassed(
                Phase.DIAGNOSIS,
                Instant.parse("2026-03-09T18:00:00Z"),
                Instant.parse("2026-03-10T08:30:00Z"),
                Command.class.getPermittedSubclasses()[0].asSubclass(Command.class)),
            paris);
    assertThat(text)
        .contains(
            "«\u00a0diagnostic partagé\u00a0»", "09/03/2026 19:00 CET", "10/03/2026 09:30 CET")
        .doesNotContain("DIAGNOSIS");
  }

  @Test
  void pluralsFollowEachLanguage() {
    assertThat(
            RejectionText.message(new Rejection.DiagnosisNotShared(ImmutableSet.of(), 1), ENGLISH))
        .endsWith(": 1 stake validated");
    assertThat(
            RejectionText.message(new Rejection.DiagnosisNotShared(ImmutableSet.of(), 0), ENGLISH))
        .endsWith(": 0 stakes validated");
    assertThat(
            RejectionText.message(new Rejection.DiagnosisNotShared(ImmutableSet.of(), 2), ENGLISH))
        .endsWith(": 2 stakes validated");
    assertThat(
            RejectionText.message(new Rejection.DiagnosisNotShared(ImmutableSet.of(), 0), FRENCH))
        .endsWith(": 0 enjeu validé");
    assertThat(
            RejectionText.message(
                new Rejection.DiagnosisNotShared(ImmutableSet.of(ActorKind.INHABITANT), 2), FRENCH))
        .endsWith("de la part de\u00a0: habitant\u00a0; 2 enjeux validés");
    assertThat(ENGLISH.text("report.summary.counts", 1, 0, 2, 1))
        .isEqualTo("1 participant, 0 contributions, 2 proposals, 1 objection");
    assertThat(FRENCH.text("report.summary.counts", 1, 0, 2, 1))
        .isEqualTo("1 participant, 0 contribution, 2 propositions, 1 objection");
    assertThat(FRENCH.text("report.summary.counts", 12345, 1, 1, 1)).startsWith("12\u202f345 ");
    // a quantity of means: one person or day, several; in French the singular runs below two
    for (String[] c :
        new String[][] {
          {"1", "1 person or day", "1 personne ou journée"},
          {"1.5", "1.5 people or days", "1,5 personne ou journée"},
          {"2", "2 people or days", "2 personnes ou journées"},
          {"0", "0 people or days", "0 personne ou journée"}
        }) {
      BigDecimal q = new BigDecimal(c[0]);
      assertThat(ENGLISH.text("means.amount.COMPETENCE", ENGLISH.number(q), q)).isEqualTo(c[1]);
      assertThat(FRENCH.text("means.amount.COMPETENCE", FRENCH.number(q), q)).isEqualTo(c[2]);
    }
    BigDecimal one = BigDecimal.ONE;
    assertThat(ENGLISH.text("means.amount.MATERIAL", "1", one)).isEqualTo("1 unit");
    assertThat(FRENCH.text("means.amount.MATERIAL", "3", new BigDecimal(3))).isEqualTo("3 unités");
    // the analysis's criteria
    assertThat(ENGLISH.text("analysis.rounds", 1)).endsWith("up to 1 round");
    assertThat(ENGLISH.text("analysis.rounds", 3)).endsWith("up to 3 rounds");
    assertThat(ENGLISH.text("analysis.colleges", 1)).isEqualTo("1 college from the start");
    assertThat(ENGLISH.text("analysis.colleges", 0)).isEqualTo("0 colleges from the start");
    assertThat(ENGLISH.text("analysis.run.answers", 1, 3))
        .isEqualTo("1 of 3 proposals owed an answer was answered");
    assertThat(ENGLISH.text("analysis.run.answers", 1, 1))
        .isEqualTo("1 of 1 proposal owed an answer was answered");
    assertThat(ENGLISH.text("analysis.run.answers", 2, 2))
        .isEqualTo("2 of 2 proposals owed an answer were answered");
    assertThat(ENGLISH.text("analysis.eval.run.weighed", 1, 1, 1.0, "inhabitant"))
        .contains("1 of 1 participant (100%)");
  }

  @Test
  void datesAreInTheZoneTheHostChoosesAndUtcByDefault() {
    Instant at = Instant.parse("2026-07-09T18:00:00Z");
    assertThat(ENGLISH.date(at)).isEqualTo("2026-07-09 18:00 UTC");
    assertThat(ENGLISH.withZone(ZoneId.of("Europe/Paris")).date(at))
        .isEqualTo("2026-07-09 20:00 CEST");
    assertThat(FRENCH.date(at.plusMillis(5))).isEqualTo("09/07/2026 18:00:00.005 UTC");
    assertThat(Texts.of(Locale.FRENCH, ZoneId.of("Europe/Paris")).date(at))
        .isEqualTo("09/07/2026 20:00 CEST");
  }

  @Test
  void aDayIsWrittenAsEachLanguageWritesItWhateverTheZone() {
    java.time.LocalDate day = java.time.LocalDate.of(2027, 6, 30);
    assertThat(ENGLISH.day(day)).isEqualTo("2027-06-30");
    assertThat(FRENCH.day(day)).isEqualTo("30/06/2027");
    assertThat(FRENCH.withZone(ZoneId.of("Pacific/Kiritimati")).day(day)).isEqualTo("30/06/2027");
    assertThat(
            RejectionText.message(
                new Rejection.HorizonPassed(day, Instant.parse("2027-07-01T08:00:00Z")), FRENCH))
        .startsWith("l’échéance du 30/06/2027 est déjà passée le 01/07/2027 08:00 UTC");
  }

  @Test
  void numbersAndMoneyFollowTheLanguageAndTheCurrency() {
    BigDecimal amount = new BigDecimal("40000");
    assertThat(ENGLISH.number(amount)).isEqualTo("40000");
    assertThat(ENGLISH.number(new BigDecimal("1500.50"))).isEqualTo("1500.50");
    assertThat(FRENCH.number(new BigDecimal("1500.50"))).isEqualTo("1\u202f500,50");
    Optional<Currency> euro = Optional.of(Currency.getInstance("EUR"));
    assertThat(ENGLISH.money(amount, euro)).isEqualTo("€40,000");
    assertThat(FRENCH.money(amount, euro)).isEqualTo("40\u202f000\u00a0€");
    assertThat(FRENCH.money(new BigDecimal("12.5"), euro)).isEqualTo("12,50\u00a0€");
    assertThat(FRENCH.money(amount, Optional.empty())).isEqualTo("40\u202f000");
  }

  @Test
  void aHostKindShowsItsOwnNameAndTheLibrarysKindsTheirWord() {
    assertThat(FRENCH.kind(ActorKind.INHABITANT)).isEqualTo("habitant");
    assertThat(FRENCH.kind(ActorKind.of("commerçant"))).isEqualTo("commerçant");
  }

  @Test
  void onlyEnglishAndFrenchAreSpokenWhateverTheMachinesLocale() {
    assertThat(Texts.language("fr-FR")).isEqualTo(Locale.FRANCE);
    assertThat(Texts.language("EN")).isEqualTo(Locale.ENGLISH);
    assertThatThrownBy(() -> Texts.language("de"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid language 'de': expected one of en, fr");
    assertThatThrownBy(() -> Texts.of(Locale.GERMAN)).isInstanceOf(IllegalArgumentException.class);
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.FRENCH);
      assertThat(Texts.of(Locale.ENGLISH).text("report.heading.timeline"))
          .isEqualTo("Timeline of phases");
    } finally {
      Locale.setDefault(before);
    }
  }

  // ---------------------------------------------------------------- samples of rejections

  private static Rejection sample(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types =
        Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new);
    Object[] values = Arrays.stream(components).map(TextsTest::value).toArray();
    try {
      Constructor<?> constructor = type.getDeclaredConstructor(types);
      return (Rejection) constructor.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("Cannot build a " + type.getSimpleName(), e);
    }
  }

  private static Object value(RecordComponent component) {
    return value(component.getGenericType(), component.getName());
  }

  private static Object value(Type type, String name) {
    Class<?> raw =
        type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    if (raw == String.class) {
      return "the-" + name;
    }
    if (raw == int.class || raw == Integer.class) {
      return 2;
    }
    if (raw == Instant.class) {
      return Instant.parse("2026-03-09T18:00:00Z");
    }
    if (raw == Class.class) {
      return Command.class.getPermittedSubclasses()[0];
    }
    if (raw == java.time.LocalDate.class) {
      return java.time.LocalDate.of(2027, 6, 30); // means: a horizon
    }
    if (raw == java.math.BigDecimal.class) {
      return new java.math.BigDecimal("-7.5"); // means: a quantity delivered
    }
    if (raw == ActorKind.class) {
      return ActorKind.INHABITANT;
    }
    if (raw.isEnum()) {
      return raw.getEnumConstants()[1];
    }
    if (raw == ImmutableSet.class) {
      Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
      return ImmutableSet.of(value(element, name + "-1"), value(element, name + "-2"));
    }
    if (raw == ImmutableMap.class) {
      Type[] kv = ((ParameterizedType) type).getActualTypeArguments();
      return ImmutableMap.of(value(kv[0], name + "-1"), value(kv[1], name));
    }
    try {
      return raw.getMethod("of", String.class).invoke(null, "the-" + name);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("No sample of " + type + "; add one here", e);
    }
  }
}
