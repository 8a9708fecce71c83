package org.concertation.api.domain;

/** The project owner's answer to a proposal. */
public enum AnswerKind {
  /** The proposal is taken up. */
  ACCEPTED,
  /** The proposal is taken up in part; the reasoning says which. */
  PARTLY_ACCEPTED,
  /** The proposal is not taken up; the reasoning says why. */
  DECLINED
}
