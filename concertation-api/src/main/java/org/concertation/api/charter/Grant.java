package org.concertation.api.charter;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.Role;

/**
 * Permission to perform one activity: for actors holding one of the roles and of one of the kinds,
 * in the given phases. An empty set of roles, kinds or phases means any; the phases are always
 * narrowed to those where the activity makes sense.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param activity what is granted
 * @param roles the roles it is granted to; empty for any
 * @param kinds the actor kinds it is granted to; empty for any
 * @param phases the phases it is granted in; empty for every phase where the activity makes sense
 */
public record Grant(
    Activity activity,
    ImmutableSet<Role> roles,
    ImmutableSet<ActorKind> kinds,
    ImmutableSet<Phase> phases) {
  /**
   * Validates the grant.
   *
   * @param activity what is granted
   * @param roles the roles it is granted to; empty for any
   * @param kinds the actor kinds it is granted to; empty for any
   * @param phases the phases it is granted in; empty for every phase where the activity makes sense
   */
  public Grant {
    checkNotNull(activity, "activity must not be null");
    roles = ImmutableSet.copyOf(checkNotNull(roles, "roles must not be null"));
    kinds = ImmutableSet.copyOf(checkNotNull(kinds, "kinds must not be null"));
    phases = ImmutableSet.copyOf(checkNotNull(phases, "phases must not be null"));
    for (Phase phase : phases) {
      checkArgument(
          activity.phases().contains(phase),
          "Invalid grant of %s in phase %s: the activity only makes sense in %s",
          activity,
          phase,
          activity.phases());
    }
  }

  /**
   * Grants an activity to every actor holding one of the roles.
   *
   * @param activity the activity
   * @param roles the roles; none for any role
   * @return the grant
   */
  public static Grant toRoles(Activity activity, Role... roles) {
    return new Grant(activity, ImmutableSet.copyOf(roles), ImmutableSet.of(), ImmutableSet.of());
  }

  /**
   * Grants an activity to every actor of one of the kinds, whatever its role.
   *
   * @param activity the activity
   * @param kinds the kinds; none for any kind
   * @return the grant
   */
  public static Grant toKinds(Activity activity, ActorKind... kinds) {
    return new Grant(activity, ImmutableSet.of(), ImmutableSet.copyOf(kinds), ImmutableSet.of());
  }

  /**
   * Grants an activity to every actor.
   *
   * @param activity the activity
   * @return the grant
   */
  public static Grant toAll(Activity activity) {
    return new Grant(activity, ImmutableSet.of(), ImmutableSet.of(), ImmutableSet.of());
  }

  /**
   * Returns a copy narrowed to these phases.
   *
   * @param inPhases the phases
   * @return the copy
   */
  public Grant inPhases(Phase... inPhases) {
    return new Grant(activity, roles, kinds, ImmutableSet.copyOf(Arrays.asList(inPhases)));
  }

  /**
   * Tells whether this grant lets an actor of this role and kind perform its activity in a phase.
   *
   * @param role the actor's role
   * @param kind the actor's kind
   * @param phase the current phase
   * @return whether the grant applies
   */
  public boolean allows(Role role, ActorKind kind, Phase phase) {
    return (roles.isEmpty() || roles.contains(role))
        && (kinds.isEmpty() || kinds.contains(kind))
        && (phases.isEmpty() ? activity.phases().contains(phase) : phases.contains(phase));
  }
}
