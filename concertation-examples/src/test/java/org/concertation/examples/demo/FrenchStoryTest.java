package org.concertation.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.concertation.api.charter.Activity;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.decision.Method;
import org.concertation.api.decision.TieBreak;
import org.concertation.api.decision.Verdict;
import org.concertation.api.domain.AnswerKind;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.domain.ResourceKind;
import org.concertation.api.domain.Role;
import org.concertation.api.domain.Stance;
import org.concertation.api.rejection.Entity;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.history.ProposalHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The French demo tells the whole story in French: the English story's sentences are collected from
 * the scenarios themselves (each text the English run passed to the machine), and none of them may
 * reach the French account.
 */
class FrenchStoryTest {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  /** The enums whose constants an account could show. */
  private static final List<Class<? extends Enum<?>>> SHOWN =
      List.of(
          Phase.class,
          Role.class,
          ProposalStatus.class,
          AnswerKind.class,
          Stance.class,
          Verdict.class,
          Method.class,
          TieBreak.class,
          ResourceKind.class,
          Activity.class,
          Entity.class,
          BallotRule.Kind.class,
          Ballot.Kind.class,
          Logic.class,
          DemoProcess.class);

  private static final String BOTH = Demo.both(Locale.FRENCH, PARIS);
  private static final String BUDGET = Demo.budget(Locale.FRENCH, PARIS);

  @ParameterizedTest
  @EnumSource(Logic.class)
  void theFrenchAccountHoldsNoneOfTheEnglishStorysSentences(Logic logic) {
    Story english = Story.english();
    Demo.run(logic, english);
    String french = Demo.account(Demo.run(logic, Locale.FRENCH), Locale.FRENCH, PARIS);
    assertThat(english.texts()).hasSizeGreaterThan(20).noneMatch(french::contains);
    assertThat(BOTH).contains(french.strip());
  }

  @Test
  void theFrenchRunNamesItsProposalsStakesAndObjectivesInFrench() {
    for (Logic logic : Logic.values()) {
      Story english = Story.english();
      Demo.run(logic, english);
      ProcessHistory french = new RunView(Demo.run(logic, Locale.FRENCH)).history();
      List<String> ids = new ArrayList<>();
      french.proposals().stream().map(ProposalHistory::id).forEach(id -> ids.add(id.value()));
      french.stakes().forEach(s -> ids.add(s.id().value()));
      french.objectives().forEach(o -> ids.add(o.id().value()));
      french.actions().forEach(a -> ids.add(a.id().value()));
      french.indicators().forEach(i -> ids.add(i.id().value()));
      french.criteria().forEach(c -> ids.add(c.id().value()));
      assertThat(ids).isNotEmpty().doesNotContainAnyElementsOf(english.ids());
    }
  }

  @Test
  void bodiesAreNamedInFrenchAndPeopleKeepTheirNames() {
    Story english = Story.english();
    Demo.run(Logic.PROJECT, english);
    Story french = Story.of(Locale.FRENCH);
    for (String name : english.names()) {
      String translated =
          french
              .actor(org.concertation.api.domain.Actor.of("x", name, Territory.INDEPENDENT))
              .name()
              .orElseThrow();
      if (!translated.equals(name)) {
        assertThat(BOTH).doesNotContain(name);
      } else {
        // a person's name, such as "Karim D. (Les Tilleuls)", is the same in both languages
        assertThat(name).matches(".+ [A-Z]\\. \\(.+\\)");
      }
    }
    assertThat(BOTH).contains("| Mairie de Saint-Aubin | institution | maître d’ouvrage |");
  }

  @Test
  void noFrenchAccountShowsAnEnumNameOrAChartersRawName() {
    for (String french : List.of(BOTH, BUDGET)) {
      for (Class<? extends Enum<?>> type : SHOWN) {
        for (Enum<?> constant : type.getEnumConstants()) {
          assertThat(Pattern.compile("\\b" + constant.name() + "\\b").matcher(french).find())
              .as("%s.%s in the French account", type.getSimpleName(), constant.name())
              .isFalse();
          if (constant.name().contains("_")) {
            assertThat(french)
                .doesNotContain(constant.name().toLowerCase(Locale.ROOT).replace('_', ' '));
          }
        }
      }
      assertThat(french)
          .doesNotContain("*project logic*", "*mission logic*", "*participatory budget*")
          .doesNotContain("independent");
    }
    assertThat(BOTH)
        .contains("Charte\u00a0: *logique de projet*", "Charte\u00a0: *logique de mission*");
    assertThat(BUDGET).contains("Charte\u00a0: *budget participatif*");
  }

  @Test
  void theCatalogueTranslatesExactlyWhatTheScenariosSay() {
    Set<String> said = new LinkedHashSet<>();
    for (Logic logic : Logic.values()) {
      Story english = Story.english();
      Demo.run(logic, english);
      said.addAll(said(english));
    }
    said.addAll(said(BudgetScenario.run(Story.english()).story()));
    assertThat(Story.load(Story.FRENCH_CATALOGUE).keySet())
        .containsExactlyInAnyOrderElementsOf(said);
  }

  @Test
  void aSentenceTheCatalogueLacksFailsTheFrenchRunAndQuotesIt() {
    Story french = Story.of(Locale.FRENCH);
    assertThatThrownBy(() -> french.text("A sentence nobody translated"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("No French for 'A sentence nobody translated'");
    assertThat(Story.english().text("A sentence nobody translated"))
        .isEqualTo("A sentence nobody translated");
  }

  @Test
  void theEnglishAccountIsTheScenarioAsWritten() {
    assertThat(Demo.both(Locale.ENGLISH, ZoneOffset.UTC)).isEqualTo(Demo.both());
    assertThat(Demo.account(Demo.run(Logic.PROJECT, Locale.ENGLISH)))
        .isEqualTo(Demo.account(Logic.PROJECT));
  }

  private static List<String> said(Story story) {
    return Stream.of(
            story.names().stream(),
            story.texts().stream(),
            story.ids().stream().map(id -> Story.ID + id))
        .flatMap(s -> s)
        .toList();
  }
}
