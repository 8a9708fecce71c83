package org.concertation.core.budget;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * The ties a budgeting rule settled by the code point order of ids: each in words and as a fact.
 */
final class TieLog {
  private final List<String> texts = new ArrayList<>();
  private final List<BudgetFact> facts = new ArrayList<>();

  /** Notes a tie: its English line and its fact. */
  void add(String text, BudgetFact fact) {
    texts.add(text);
    facts.add(fact);
  }

  /** Notes the ties of another log after these. */
  void addAll(TieLog other) {
    texts.addAll(other.texts);
    facts.addAll(other.facts);
  }

  /** The ties in English, in the order they were settled. */
  ImmutableList<String> texts() {
    return ImmutableList.copyOf(texts);
  }

  /** The ties as facts, in the order they were settled. */
  ImmutableList<BudgetFact> facts() {
    return ImmutableList.copyOf(facts);
  }
}
