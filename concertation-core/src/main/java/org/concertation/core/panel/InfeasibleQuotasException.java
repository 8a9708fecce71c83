package org.concertation.core.panel;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * Thrown when no panel of the requested size meets the quotas. It names a set of quotas that
 * conflict: no panel meets them all, but dropping any one of them lifts the conflict (an
 * irreducible set). With at most 20 quotas it is the smallest such set, found by trying the smaller
 * sets of quotas by growing size, unless that search runs out of its 2,000 integer programs; else,
 * and then, it is the set that a deletion filter finds, not always the smallest.
 */
public final class InfeasibleQuotasException extends RuntimeException {
  /** The serialized form's version. */
  private static final long serialVersionUID = 1L;

  /** The quotas that conflict. */
  private final ImmutableList<Quota> conflict;

  /**
   * The exception.
   *
   * @param size the panel's size
   * @param conflict quotas that no panel of that size meets together; empty when the pool is too
   *     small whatever the quotas
   */
  public InfeasibleQuotasException(int size, ImmutableList<Quota> conflict) {
    super(message(size, checkNotNull(conflict, "conflict must not be null")));
    this.conflict = conflict;
  }

  private static String message(int size, ImmutableList<Quota> conflict) {
    if (conflict.isEmpty()) {
      return "No panel of " + size + " can be drawn: the pool has too few volunteers or households";
    }
    StringBuilder text =
        new StringBuilder("No panel of ").append(size).append(" meets these quotas together: ");
    for (int i = 0; i < conflict.size(); i++) {
      text.append(i == 0 ? "" : "; ").append(conflict.get(i));
    }
    return text.toString();
  }

  /**
   * The quotas that conflict, in the quotas' order.
   *
   * @return the quotas; empty when the pool is too small whatever the quotas
   */
  public ImmutableList<Quota> conflict() {
    return conflict;
  }
}
