package org.concertation.core.panel;

import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * The greedy draw of the Sortition Foundation's tools (LEGACY). While seats remain, it takes the
 * feature with the largest ratio of unmet minimum to volunteers still available with it (the first
 * in the quotas' order on ties), draws one of those volunteers at random, makes the volunteer's
 * housemates unavailable, and makes unavailable everyone with a feature whose maximum is reached. A
 * draw fails when a minimum can no longer be met; the draw then starts again, up to {@link
 * #ATTEMPTS} times.
 */
final class Legacy {
  /** How many times a failed greedy draw starts again before giving up. */
  static final int ATTEMPTS = 100;

  private final Model model;
  private final int[][] byQuota; // the volunteers with each feature
  private final int[][] housemates;

  // the state of one draw
  private final int[][] available;
  private final int[] remaining;
  private final int[][] position; // for each volunteer and category, its place in available[q]
  private final int[] selected;
  private final boolean[] out;

  Legacy(Model model) {
    this.model = model;
    int n = model.pool.size();
    int quotas = model.quotas.size();
    int categories = model.pool.categories().size();
    int[] counts = new int[quotas];
    for (int i = 0; i < n; i++) {
      for (int q : model.quotaOf[i]) {
        counts[q]++;
      }
    }
    byQuota = new int[quotas][];
    for (int q = 0; q < quotas; q++) {
      byQuota[q] = new int[counts[q]];
    }
    int[] fill = new int[quotas];
    for (int i = 0; i < n; i++) {
      for (int q : model.quotaOf[i]) {
        byQuota[q][fill[q]++] = i;
      }
    }
    housemates = new int[n][0];
    for (int[] household : model.households) {
      int[] people = new int[household.length];
      for (int h = 0; h < household.length; h++) {
        people[h] = model.members[household[h]][0];
      }
      for (int person : people) {
        housemates[person] = people;
      }
    }
    available = new int[quotas][];
    for (int q = 0; q < quotas; q++) {
      available[q] = new int[counts[q]];
    }
    remaining = new int[quotas];
    position = new int[n][categories];
    selected = new int[quotas];
    out = new boolean[n];
  }

  /** One greedy panel, as sorted positions in the pool, or empty after {@link #ATTEMPTS} fails. */
  Optional<int[]> draw(SplittableRandom random) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      int[] panel = attempt(random);
      if (panel != null) {
        Arrays.sort(panel);
        return Optional.of(panel);
      }
    }
    return Optional.empty();
  }

  private int @Nullable [] attempt(SplittableRandom random) {
    int quotas = model.quotas.size();
    Arrays.fill(out, false);
    Arrays.fill(selected, 0);
    for (int q = 0; q < quotas; q++) {
      System.arraycopy(byQuota[q], 0, available[q], 0, byQuota[q].length);
      remaining[q] = byQuota[q].length;
      for (int k = 0; k < byQuota[q].length; k++) {
        int i = byQuota[q][k];
        position[i][category(i, q)] = k;
      }
    }
    for (int q = 0; q < quotas; q++) {
      if (model.quotas.get(q).max() == 0) {
        removeAll(q);
      }
    }
    int[] panel = new int[model.size];
    for (int seat = 0; seat < model.size; seat++) {
      int best = -1;
      double ratio = Double.NEGATIVE_INFINITY;
      for (int q = 0; q < quotas; q++) {
        int min = model.quotas.get(q).min();
        if (selected[q] < min && remaining[q] < min - selected[q]) {
          return null; // a minimum can no longer be met
        }
        if (remaining[q] > 0) {
          double r = (double) (min - selected[q]) / remaining[q];
          if (r > ratio) {
            ratio = r;
            best = q;
          }
        }
      }
      if (best < 0) {
        return null; // nobody is left
      }
      int person = available[best][random.nextInt(remaining[best])];
      panel[seat] = person;
      remove(person);
      for (int mate : housemates[person]) {
        if (!out[mate]) {
          remove(mate);
        }
      }
      for (int q : model.quotaOf[person]) {
        selected[q]++;
        if (selected[q] == model.quotas.get(q).max()) {
          removeAll(q);
        }
      }
    }
    for (int q = 0; q < quotas; q++) {
      if (selected[q] < model.quotas.get(q).min()) {
        return null;
      }
    }
    return panel;
  }

  private int category(int person, int q) {
    int[] features = model.quotaOf[person];
    for (int c = 0; c < features.length; c++) {
      if (features[c] == q) {
        return c;
      }
    }
    throw new AssertionError("volunteer " + person + " lacks feature " + q);
  }

  /** Makes every available volunteer with a feature unavailable. */
  private void removeAll(int q) {
    while (remaining[q] > 0) {
      remove(available[q][remaining[q] - 1]);
    }
  }

  /** Makes one volunteer unavailable: out of the lists of each of its features. */
  private void remove(int person) {
    out[person] = true;
    int[] features = model.quotaOf[person];
    for (int c = 0; c < features.length; c++) {
      int q = features[c];
      int at = position[person][c];
      int last = available[q][--remaining[q]];
      available[q][at] = last;
      position[last][c] = at;
    }
  }
}
