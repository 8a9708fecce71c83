package org.concertation.api.domain;

/** What a resource or a commitment is counted in. */
public enum ResourceKind {
  /** Money, in the process's currency. */
  MONEY,
  /** Hours of work or presence. */
  HOURS,
  /** A competence put at the action's service; its quantity counts people or days. */
  COMPETENCE,
  /** Premises, equipment, materials; its quantity counts units. */
  MATERIAL
}
