package org.concertation.core.analysis;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.concertation.api.charter.Activity;
import org.concertation.api.charter.Charter;
import org.concertation.api.charter.Grant;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.College;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.Role;

/** What a charter grants to citizens: participants whose kind is not an institution. */
final class Citizens {
  private Citizens() {}

  /** Whether an actor of this kind, as a participant, counts as a citizen. */
  static boolean isCitizen(ActorKind kind) {
    return !kind.equals(ActorKind.INSTITUTION);
  }

  /** Whether a grant applies in at least one of the charter's phases. */
  private static boolean inForce(Charter charter, Grant grant) {
    Set<Phase> phases = grant.phases().isEmpty() ? grant.activity().phases() : grant.phases();
    return phases.stream().anyMatch(charter.phases()::contains);
  }

  /** Whether a grant reaches citizens: participants of a kind other than institution. */
  private static boolean reachesCitizens(Grant grant) {
    return (grant.roles().isEmpty() || grant.roles().contains(Role.PARTICIPANT))
        && (grant.kinds().isEmpty() || grant.kinds().stream().anyMatch(Citizens::isCitizen));
  }

  /** Whether a grant reaches institutions taking part or owning the project. */
  private static boolean reachesInstitutions(Grant grant) {
    return (grant.roles().isEmpty()
            || grant.roles().contains(Role.PARTICIPANT)
            || grant.roles().contains(Role.PROJECT_OWNER))
        && (grant.kinds().isEmpty() || grant.kinds().contains(ActorKind.INSTITUTION));
  }

  /** Whether citizens may perform the activity in some phase of the charter. */
  static boolean may(Charter charter, Activity activity) {
    return grants(charter, activity).stream().anyMatch(Citizens::reachesCitizens);
  }

  /** Whether anyone at all may perform the activity in some phase of the charter. */
  static boolean granted(Charter charter, Activity activity) {
    return !grants(charter, activity).isEmpty();
  }

  /** Whether participants of this kind may perform the activity. */
  static boolean participantsOfKindMay(Charter charter, Activity activity, ActorKind kind) {
    return grants(charter, activity).stream()
        .anyMatch(
            g ->
                (g.roles().isEmpty() || g.roles().contains(Role.PARTICIPANT))
                    && (g.kinds().isEmpty() || g.kinds().contains(kind)));
  }

  /** Whether a grant of the activity names this role, or any role. */
  static boolean roleMay(Charter charter, Activity activity, Role role) {
    return grants(charter, activity).stream()
        .anyMatch(g -> g.roles().isEmpty() || g.roles().contains(role));
  }

  /** Whether institutions (participants or owner) may perform the activity. */
  static boolean institutionsMay(Charter charter, Activity activity) {
    return grants(charter, activity).stream().anyMatch(Citizens::reachesInstitutions);
  }

  private static ImmutableList<Grant> grants(Charter charter, Activity activity) {
    return charter.grants().stream()
        .filter(g -> g.activity() == activity && inForce(charter, g))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Who holds the activity, as evidence: "PROPOSE to participant, project owner (any kind)" in
   * English.
   */
  static Evidence holders(Charter charter, Activity activity) {
    List<Object> parts = new ArrayList<>();
    for (Grant grant : grants(charter, activity)) {
      Object roles =
          grant.roles().isEmpty()
              ? Evidence.of("any.role")
              : grant.roles().stream()
                  .map(r -> Evidence.of("role." + r.name()))
                  .collect(ImmutableList.toImmutableList());
      Object kinds =
          grant.kinds().isEmpty()
              ? Evidence.of("any.kind")
              : ImmutableList.copyOf(new TreeSet<>(grant.kinds()));
      parts.add(Evidence.of("grant", roles, kinds));
    }
    return Evidence.of(
        "holders",
        activity,
        parts.isEmpty() ? Evidence.of("nobody") : Evidence.Series.clauses(parts));
  }

  /** Whether a college admits citizens. */
  static boolean admitsCitizens(College college) {
    return college.kinds().isEmpty() || college.kinds().stream().anyMatch(Citizens::isCitizen);
  }
}
