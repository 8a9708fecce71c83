package org.concertation.core.budget;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A project that may be funded.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the project's id, unique in its election; ties are broken by code point order of ids
 * @param cost the project's cost, at least 0
 * @param name a readable name, possibly empty
 */
public record Project(String id, long cost, String name) {
  /**
   * Validates the project.
   *
   * @param id the project's id, unique in its election; ties are broken by code point order of ids
   * @param cost the project's cost, at least 0
   * @param name a readable name, possibly empty
   */
  public Project {
    checkNotNull(id, "id must not be null");
    checkArgument(!id.isBlank(), "Invalid project id '%s': must not be blank", id);
    checkArgument(cost >= 0, "Invalid cost '%s' of project '%s': must be at least 0", cost, id);
    checkNotNull(name, "name must not be null");
  }

  /**
   * A project without a name.
   *
   * @param id the id
   * @param cost the cost
   * @return the project
   */
  public static Project of(String id, long cost) {
    return new Project(id, cost, "");
  }
}
