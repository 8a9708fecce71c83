package org.concertation.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.concertation.api.charter.Activity;
import org.concertation.api.charter.Charter;
import org.concertation.api.charter.Grant;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.College;
import org.concertation.api.domain.Role;
import org.concertation.core.Charters;
import org.junit.jupiter.api.Test;

/**
 * Every combination of the eight criteria, from a charter that meets them all: the criteria are
 * independent, and the level follows the documented ladder.
 */
class CharterCombinationsTest {
  private static final ParticipationCriterion[] CRITERIA = ParticipationCriterion.values();

  /** The project logic where citizens also chair the rounds: every criterion met. */
  private static final Charter ALL_MET =
      Charter.builder()
          .from(Charters.projectLogic())
          .addGrants(Grant.toRoles(Activity.CHAIR, Role.PARTICIPANT))
          .build();

  private static Charter regrant(Charter charter, Activity activity, Grant grant) {
    ImmutableList.Builder<Grant> kept = ImmutableList.builder();
    charter.grants().stream().filter(g -> g.activity() != activity).forEach(kept::add);
    kept.add(grant);
    return Charter.builder().from(charter).grants(kept.build()).build();
  }

  private static Grant toInstitutions(Activity activity) {
    return new Grant(
        activity,
        ImmutableSet.of(Role.PARTICIPANT, Role.PROJECT_OWNER),
        ImmutableSet.of(ActorKind.INSTITUTION),
        ImmutableSet.of());
  }

  /** What breaks one criterion, touching nothing the others read. */
  private static UnaryOperator<Charter> breaking(ParticipationCriterion criterion) {
    return switch (criterion) {
      case ANSWERS -> c -> Charter.builder().from(c).answersOwed(false).build();
      case PROPOSALS -> c -> regrant(c, Activity.PROPOSE, toInstitutions(Activity.PROPOSE));
      case DECISION ->
          c -> regrant(c, Activity.TAKE_POSITION, toInstitutions(Activity.TAKE_POSITION));
      case WEIGHT ->
          c ->
              Charter.builder()
                  .from(c)
                  .colleges(
                      ImmutableList.of(
                          College.of("institutions", "Institutions", 5, ActorKind.INSTITUTION),
                          College.of("inhabitants", "Inhabitants", 1, ActorKind.INHABITANT),
                          College.of("associations", "Associations", 1, ActorKind.ASSOCIATION)))
                  .build();
      case NO_OVERRULE -> c -> Charter.builder().from(c).ownerMayOverrule(true).build();
      case CO_CARRYING -> c -> Charter.builder().from(c).minCarrierKinds(1).build();
      case EVALUATION ->
          c ->
              regrant(
                  c,
                  Activity.DEFINE_CRITERION,
                  Grant.toRoles(Activity.DEFINE_CRITERION, Role.PROJECT_OWNER));
      case AGENDA ->
          c -> regrant(c, Activity.CHAIR, Grant.toRoles(Activity.CHAIR, Role.FACILITATOR));
    };
  }

  private static Set<ParticipationCriterion> subset(int mask) {
    Set<ParticipationCriterion> broken = EnumSet.noneOf(ParticipationCriterion.class);
    for (int i = 0; i < CRITERIA.length; i++) {
      if ((mask & (1 << i)) != 0) {
        broken.add(CRITERIA[i]);
      }
    }
    return broken;
  }

  private static ParticipationLevel levelBreaking(Set<ParticipationCriterion> broken) {
    Charter charter = ALL_MET;
    for (ParticipationCriterion criterion : broken) {
      charter = breaking(criterion).apply(charter);
    }
    return CharterAnalysis.level(charter);
  }

  @Test
  void aCharterMeetingEveryCriterionEmpowers() {
    assertThat(CharterAnalysis.level(ALL_MET).iap2()).isEqualTo(Iap2Level.EMPOWER);
  }

  @Test
  void breakingCriteriaLeavesExactlyThoseUnmet() {
    for (int mask = 0; mask < 1 << CRITERIA.length; mask++) {
      Set<ParticipationCriterion> broken = subset(mask);
      ParticipationLevel level = levelBreaking(broken);
      Set<ParticipationCriterion> unmet = EnumSet.noneOf(ParticipationCriterion.class);
      level.findings().stream().filter(f -> !f.met()).forEach(f -> unmet.add(f.criterion()));
      assertThat(unmet).as("broken %s", broken).isEqualTo(broken);
    }
  }

  @Test
  void theLevelIsTheOneBelowTheLowestLevelABrokenCriterionIsNeededFor() {
    for (int mask = 0; mask < 1 << CRITERIA.length; mask++) {
      Set<ParticipationCriterion> broken = subset(mask);
      Iap2Level expected =
          broken.stream()
              .map(c -> Iap2Level.values()[c.neededFor().ordinal() - 1])
              .min(Enum::compareTo)
              .orElse(Iap2Level.EMPOWER);
      assertThat(levelBreaking(broken).iap2()).as("broken %s", broken).isEqualTo(expected);
    }
  }

  @Test
  void breakingOneMoreCriterionNeverRaisesTheLevel() {
    for (int mask = 0; mask < 1 << CRITERIA.length; mask++) {
      Iap2Level before = levelBreaking(subset(mask)).iap2();
      for (int i = 0; i < CRITERIA.length; i++) {
        if ((mask & (1 << i)) == 0) {
          Iap2Level after = levelBreaking(subset(mask | 1 << i)).iap2();
          assertThat(after).as("%s then %s", subset(mask), CRITERIA[i]).isLessThanOrEqualTo(before);
        }
      }
    }
  }
}
