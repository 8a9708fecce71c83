package org.concertation.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.concertation.api.domain.ActorId;
import org.concertation.core.panel.Algorithm;
import org.concertation.core.panel.Allocation;
import org.concertation.core.panel.Draw;
import org.concertation.core.panel.Panels;
import org.concertation.core.panel.Pool;
import org.concertation.core.panel.Quota;
import org.concertation.core.testing.PropertyHarness;
import org.junit.jupiter.api.Test;

class SortitionTest {
  private static List<Candidate> pool(int women, int men) {
    List<Candidate> pool = new ArrayList<>();
    for (int i = 0; i < women; i++) {
      pool.add(
          new Candidate(
              ActorId.of("w" + i),
              "woman",
              ImmutableMap.of("district", i % 2 == 0 ? "north" : "south")));
    }
    for (int i = 0; i < men; i++) {
      pool.add(
          new Candidate(
              ActorId.of("m" + i),
              "man",
              ImmutableMap.of("district", i % 2 == 0 ? "north" : "south")));
    }
    return pool;
  }

  @Test
  void theSameSeedDrawsTheSamePeopleWhateverThePoolOrder() {
    List<Candidate> pool = pool(12, 8);
    List<Candidate> shuffled = new ArrayList<>(pool);
    Collections.reverse(shuffled);
    assertThat(Sortition.draw(shuffled, 6, 42).drawn())
        .isEqualTo(Sortition.draw(pool, 6, 42).drawn());
  }

  @Test
  void anotherSeedDrawsOtherPeople() {
    List<Candidate> pool = pool(30, 30);
    assertThat(Sortition.draw(pool, 10, 1).drawn())
        .isNotEqualTo(Sortition.draw(pool, 10, 2).drawn());
  }

  @Test
  void theDrawRecordsItsSeed() {
    assertThat(Sortition.draw(pool(3, 3), 2, 20260302L).seed()).isEqualTo(20260302L);
  }

  @Test
  void anEvenNumberOfSeatsIsSplitEqually() {
    assertThat(Sortition.draw(pool(12, 4), 6, 7).drawnBy("gender"))
        .isEqualTo(ImmutableMap.of("man", 3, "woman", 3));
  }

  @Test
  void anOddSeatGoesToOneGenderByLot() {
    for (long seed = 0; seed < 20; seed++) {
      ImmutableMap<String, Integer> counts =
          Sortition.draw(pool(10, 10), 5, seed).drawnBy("gender");
      assertThat(counts.values()).containsExactlyInAnyOrder(2, 3);
    }
  }

  @Test
  void aGenderShortOfCandidatesGivesItsSeatsToTheOther() {
    assertThat(Sortition.draw(pool(8, 1), 5, 3).drawnBy("gender"))
        .containsEntry("man", 1)
        .containsEntry("woman", 4);
  }

  @Test
  void deviationMeasuresHowFarTheDrawIsFromThePool() {
    Sortition parity = Sortition.draw(pool(15, 5), 4, 11);
    assertThat(parity.deviation("gender")).isEqualTo(0.25);
    assertThat(Sortition.draw(pool(4, 4), 8, 0).deviation("district")).isZero();
  }

  @Test
  void rejectsMoreSeatsThanCandidates() {
    assertThatThrownBy(() -> Sortition.draw(pool(1, 1), 3, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid number of seats '3': must be from 0 to the pool's size 2");
  }

  @Test
  void rejectsAnActorTwiceInThePool() {
    assertThatThrownBy(
            () ->
                Sortition.draw(List.of(Candidate.of("a", "woman"), Candidate.of("a", "man")), 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid pool: actor 'a' appears twice");
  }

  @Test
  void parityIsAQuotaOfEvenSharesCappedByTheCandidates() {
    assertThat(Sortition.parityQuotas(pool(12, 8), 6))
        .containsExactly(new Quota("gender", "man", 3, 3), new Quota("gender", "woman", 3, 3));
    assertThat(Sortition.parityQuotas(pool(10, 10), 5))
        .containsExactly(new Quota("gender", "man", 2, 3), new Quota("gender", "woman", 2, 3));
    assertThat(Sortition.parityQuotas(pool(2, 10), 6))
        .containsExactly(new Quota("gender", "man", 4, 4), new Quota("gender", "woman", 2, 2));
  }

  @Test
  void everyParityDrawMeetsItsParityQuotas() {
    PropertyHarness.forAll(
        "every parity draw meets its parity quotas",
        500,
        random -> {
          int women = random.nextInt(12);
          int men = random.nextInt(12);
          int seats = random.nextInt(women + men + 1);
          return List.of(women, men, seats);
        },
        (input, random) -> {
          List<Candidate> candidates = pool(input.get(0), input.get(1));
          int seats = input.get(2);
          Sortition draw = Sortition.draw(candidates, seats, random.nextLong());
          Pool panelPool = Sortition.panelPool(candidates);
          List<String> drawn = draw.drawn().stream().map(c -> c.actor().value()).toList();

          assertThat(Panels.violations(panelPool, Sortition.parityQuotas(candidates, seats), drawn))
              .as("%s women, %s men, %s seats", input.get(0), input.get(1), seats)
              .isEmpty();
        });
  }

  @Test
  void theParityDrawIsAQuotaDrawThatAnyoneCanRedo() {
    List<Candidate> candidates = pool(12, 8);
    Draw draw = Sortition.panelDraw(candidates, 6, 42);
    ImmutableList<Quota> quotas = Sortition.parityQuotas(candidates, 6);
    Pool panelPool = Sortition.panelPool(candidates);

    assertThat(draw.algorithm()).isEqualTo(Algorithm.LEXIMIN);
    assertThat(
            draw.verify(
                panelPool, quotas, Panels.allocate(panelPool, quotas, 6, Algorithm.LEXIMIN)))
        .isEmpty();
    assertThat(Sortition.draw(candidates, 6, 42).drawn())
        .extracting(c -> c.actor().value())
        .containsExactlyInAnyOrderElementsOf(draw.panel());
  }

  @Test
  void candidatesOfOneGenderAreEquallyLikelyAndTheLeastLikelyAsLikelyAsParityAllows() {
    List<Candidate> candidates = pool(12, 8);
    Pool panelPool = Sortition.panelPool(candidates);
    Allocation allocation =
        Panels.allocate(panelPool, Sortition.parityQuotas(candidates, 6), 6, Sortition.ALGORITHM);

    // 3 seats for 12 women and 3 for 8 men: 1/4 and 3/8
    assertThat(allocation.probabilities().get("w0")).isCloseTo(0.25, within(1e-6));
    assertThat(allocation.probabilities().get("w11")).isCloseTo(0.25, within(1e-6));
    assertThat(allocation.probabilities().get("m7")).isCloseTo(0.375, within(1e-6));
    assertThat(allocation.minimum()).isCloseTo(0.25, within(1e-6));
  }

  @Test
  void noSeatDrawsNobody() {
    assertThat(Sortition.draw(pool(3, 3), 0, 5).drawn()).isEmpty();
  }
}
