package org.concertation.api.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.List;
import org.concertation.api.event.Event;
import org.junit.jupiter.api.Test;

class DomainValuesTest {
  private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
  private static final ActorId INES = ActorId.of("ines");
  private static final ProposalId P1 = ProposalId.of("p1");
  private static final ProposalId P2 = ProposalId.of("p2");

  @Test
  void rejectsABlankIdentifierQuotingIt() {
    assertThatThrownBy(() -> ActorId.of("  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid actor id '  ': must not be blank");
  }

  @Test
  void rejectsAPaddedIdentifierQuotingIt() {
    assertThatThrownBy(() -> ProposalId.of(" p1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid proposal id ' p1': must not start or end with spaces");
  }

  @Test
  void readsAnActorKindIgnoringCaseAndRefusesOtherThanAWord() {
    assertThat(ActorKind.of(" Company ")).isEqualTo(ActorKind.of("company"));
    assertThatThrownBy(() -> ActorKind.of("two words"))
        .hasMessageContaining("Invalid actor kind 'two words'");
  }

  @Test
  void anActorKindIsAWordInAnyScriptOneKindHoweverItIsComposed() {
    assertThat(ActorKind.of("Commerçant").name()).isEqualTo("commerçant");
    // "c" and a combining cedilla compose into "ç"
    assertThat(ActorKind.of("commerc\u0327ant")).isEqualTo(ActorKind.of("commerçant"));
    assertThat(ActorKind.of("bailleur-social").name()).isEqualTo("bailleur-social");
    assertThat(ActorKind.of("élu_local2").name()).isEqualTo("élu_local2");
    assertThat(ActorKind.of("жители").name()).isEqualTo("жители");
    for (String refused : List.of("2-habitants", "-habitant", "habitant!", "l'élu", "a b", "☺")) {
      assertThatThrownBy(() -> ActorKind.of(refused))
          .as(refused)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Invalid actor kind '%s': expected a lower-case word of letters, digits, marks,"
                  + " '-' or '_'",
              refused.toLowerCase(java.util.Locale.ROOT));
    }
    assertThatThrownBy(() -> ActorKind.of("é".repeat(41)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ActorKind.of("é".repeat(40)).name()).hasSize(40);
    // the record's own constructor takes only the canonical form
    assertThatThrownBy(() -> new ActorKind("Commerçant"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ActorKind("commerc\u0327ant"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aReasonedObjectionNeedsItsReason() {
    assertThatThrownBy(() -> Position.of(INES, Stance.OBJECT))
        .hasMessage("Invalid objection by 'ines': a reasoned objection needs a reason");
    assertThat(Position.objection(INES, "it cuts the playground").reason()).isPresent();
  }

  @Test
  void rejectsAScoreOutsideOneToFive() {
    assertThatThrownBy(() -> new Rating(INES, CriterionId.of("c1"), 6, java.util.Optional.empty()))
        .hasMessage("Invalid score '6' for criterion 'c1': must be from 1 to 5");
  }

  @Test
  void rejectsANegativeCostQuotingIt() {
    assertThatThrownBy(() -> ProposalContent.of("Path", "A path", -5))
        .hasMessage("Invalid proposal cost '-5': must not be negative");
  }

  @Test
  void aMergeNeedsTwoDistinctProposals() {
    assertThatThrownBy(() -> new Merge(ProposalId.of("m"), ImmutableList.of(P1, P1), INES))
        .hasMessage("Invalid merge into 'm': needs at least two distinct proposals, got [p1, p1]");
  }

  @Test
  void eventsGiveTheDomainValuesTheyRecord() {
    var merged =
        new Event.ProposalsMerged(
            AT,
            INES,
            ProposalId.of("m"),
            ImmutableList.of(P1, P2),
            ImmutableSet.of(INES),
            ProposalContent.of("Hub", "A hub"));
    assertThat(merged.merge())
        .isEqualTo(new Merge(ProposalId.of("m"), ImmutableList.of(P1, P2), INES));
    var contributed = new Event.ContributionMade(AT, INES, "No bus after 8 pm", ImmutableSet.of());
    assertThat(contributed.contribution().author()).isEqualTo(INES);
    var amended =
        new Event.ProposalAmended(
            AT, INES, P1, 2, ProposalContent.of("Path", "Round"), "objection");
    assertThat(amended.amendment()).isEqualTo(new Amendment(2, INES, "objection"));
  }

  @Test
  void aProposalKeepsOneAmendmentPerLaterVersion() {
    Proposal proposal =
        Proposal.submitted(
                P1,
                ImmutableSet.of(INES),
                ProposalContent.of("Path", "Straight"),
                ImmutableList.of())
            .amended(
                ProposalContent.of("Path", "Round the playground"),
                new Amendment(2, INES, "objection"));
    assertThat(proposal.version()).isEqualTo(2);
    assertThat(proposal.current().text().orElseThrow()).isEqualTo("Round the playground");
    assertThatThrownBy(
            () ->
                new Proposal(
                    P1,
                    ImmutableSet.of(INES),
                    proposal.versions(),
                    ImmutableList.of(),
                    ProposalStatus.OPEN,
                    java.util.Optional.empty(),
                    ImmutableList.of(),
                    java.util.Optional.empty()))
        .hasMessage("Invalid proposal 'p1': 0 amendments for 2 versions");
  }
}
