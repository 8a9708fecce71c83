package org.concertation.core.analysis;

/** Where an obligation stands at a date. */
public enum ObligationStatus {
  /** Fulfilled. */
  MET,
  /** Broken: it can no longer be fulfilled. */
  MISSED,
  /** Neither yet: what it depends on has not happened, or its deadline has not passed. */
  PENDING
}
