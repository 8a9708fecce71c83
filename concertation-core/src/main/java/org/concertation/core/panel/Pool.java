package org.concertation.core.panel;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.concertation.core.choice.FormatException;

/**
 * The volunteers a panel is drawn from: for each, an id, one feature per category of the quotas,
 * and a household when the pool names one (at most one member per household may sit on a panel).
 *
 * <p>Ids are the values of the {@code id} column of {@code respondents.csv}, or else the rows'
 * numbers from 1. The pool's {@link #digest() digest} commits to exactly what a draw depends on:
 * the ids, their features and their households. This class is immutable and thread-safe.
 */
public final class Pool {
  private final ImmutableList<String> ids;
  private final ImmutableList<String> categories;
  private final ImmutableList<ImmutableList<String>> features;
  private final ImmutableList<String> households;
  private final ImmutableMap<String, Integer> index;

  private Pool(
      ImmutableList<String> ids,
      ImmutableList<String> categories,
      ImmutableList<ImmutableList<String>> features,
      ImmutableList<String> households) {
    this.ids = ids;
    this.categories = categories;
    this.features = features;
    this.households = households;
    ImmutableMap.Builder<String, Integer> index = ImmutableMap.builder();
    for (int i = 0; i < ids.size(); i++) {
      index.put(ids.get(i), i);
    }
    this.index = index.buildOrThrow();
  }

  /**
   * A pool from its values.
   *
   * @param ids the volunteers' ids, distinct, without tabs or line breaks
   * @param categories the categories, distinct
   * @param features for each volunteer, one feature per category, in the categories' order
   * @param households for each volunteer, a household (volunteers with equal households share one,
   *     an empty household is the volunteer's own); or an empty list when the pool has no
   *     households
   * @return the pool
   * @throws IllegalArgumentException if the sizes disagree, an id repeats or a value is blank
   */
  public static Pool of(
      List<String> ids,
      List<String> categories,
      List<? extends List<String>> features,
      List<String> households) {
    ImmutableList<String> idList = ImmutableList.copyOf(checkNotNull(ids, "ids must not be null"));
    ImmutableList<String> categoryList =
        ImmutableList.copyOf(checkNotNull(categories, "categories must not be null"));
    checkArgument(
        new HashSet<>(categoryList).size() == categoryList.size(),
        "Invalid pool: a category repeats in %s",
        categoryList);
    checkNotNull(features, "features must not be null");
    checkArgument(
        features.size() == idList.size(),
        "Invalid pool: %s ids but %s feature rows",
        idList.size(),
        features.size());
    ImmutableList<String> householdList =
        ImmutableList.copyOf(checkNotNull(households, "households must not be null"));
    checkArgument(
        householdList.isEmpty() || householdList.size() == idList.size(),
        "Invalid pool: %s ids but %s households",
        idList.size(),
        householdList.size());
    Set<String> seen = new HashSet<>();
    for (String id : idList) {
      checkArgument(!id.isEmpty(), "Invalid pool: an id is empty");
      checkArgument(
          id.indexOf('\t') < 0 && id.indexOf('\n') < 0 && id.indexOf('\r') < 0,
          "Invalid pool: id '%s' holds a tab or a line break",
          id);
      checkArgument(seen.add(id), "Invalid pool: id '%s' appears twice", id);
    }
    ImmutableList.Builder<ImmutableList<String>> rows = ImmutableList.builder();
    for (int i = 0; i < features.size(); i++) {
      ImmutableList<String> row =
          ImmutableList.copyOf(checkNotNull(features.get(i), "features must not be null"));
      checkArgument(
          row.size() == categoryList.size(),
          "Invalid pool: volunteer '%s' has %s features for %s categories",
          idList.get(i),
          row.size(),
          categoryList.size());
      rows.add(row);
    }
    return new Pool(idList, categoryList, rows.build(), householdList);
  }

  /**
   * Reads a pool from a {@code respondents.csv} file: a header, then one volunteer per row, with a
   * column for each category of the quotas, an optional {@code id} column and, when {@code
   * householdColumn} is given, a column naming each volunteer's household (an address: equal
   * addresses, ignoring case and spacing, are one household; an empty address is a household of its
   * own). Other columns are ignored.
   *
   * @param file the file
   * @param quotas the quotas, whose categories and features the file must use
   * @param householdColumn the household column's name, if households are checked
   * @return the pool, in the file's order
   * @throws FormatException if the file is malformed or a volunteer has a feature that no quota
   *     names: the message names the file and line
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static Pool read(Path file, List<Quota> quotas, Optional<String> householdColumn) {
    checkNotNull(file, "file must not be null");
    checkNotNull(householdColumn, "householdColumn must not be null");
    Map<String, Set<String>> known = known(quotas);
    String name = file.toString();
    List<CsvTable.Row> rows = CsvTable.read(file);
    if (rows.isEmpty()) {
      throw new FormatException(name, 1, "expected a header naming the categories, found none");
    }
    List<String> header = rows.get(0).fields();
    List<String> categories = new ArrayList<>(known.keySet());
    List<Set<String>> featuresOf = new ArrayList<>(known.values());
    int[] columns = new int[categories.size()];
    for (int c = 0; c < columns.length; c++) {
      columns[c] = CsvTable.column(name, header, categories.get(c));
    }
    int idColumn = CsvTable.find(header, "id");
    int householdIndex = -1;
    if (householdColumn.isPresent()) {
      householdIndex = CsvTable.column(name, header, householdColumn.get());
    }
    List<String> ids = new ArrayList<>();
    List<List<String>> features = new ArrayList<>();
    List<String> households = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (int r = 1; r < rows.size(); r++) {
      List<String> row = rows.get(r).fields();
      int line = rows.get(r).line();
      if (row.size() != header.size()) {
        throw new FormatException(
            name, line, "expected " + header.size() + " fields, found " + row.size());
      }
      String id = idColumn >= 0 ? row.get(idColumn).strip() : Integer.toString(r);
      if (id.isEmpty() || id.indexOf('\t') >= 0) {
        throw new FormatException(name, line, "expected an id without tabs, found '" + id + "'");
      }
      Integer before = firstLine.putIfAbsent(id, line);
      if (before != null) {
        throw new FormatException(
            name, line, "the id '" + id + "' was already used on line " + before);
      }
      List<String> values = new ArrayList<>();
      for (int c = 0; c < columns.length; c++) {
        String value = row.get(columns[c]).strip();
        if (!featuresOf.get(c).contains(value)) {
          throw new FormatException(
              name,
              line,
              "expected a feature of '"
                  + categories.get(c)
                  + "' among "
                  + featuresOf.get(c)
                  + ", found '"
                  + value
                  + "'");
        }
        values.add(value);
      }
      ids.add(id);
      features.add(values);
      if (householdIndex >= 0) {
        String address = normalise(row.get(householdIndex));
        households.add(address);
      }
    }
    if (ids.isEmpty()) {
      throw new FormatException(name, 0, "expected at least one volunteer, found none");
    }
    return of(ids, categories, features, households);
  }

  /** The categories of the quotas and their features, in the quotas' order. */
  static Map<String, Set<String>> known(List<Quota> quotas) {
    checkNotNull(quotas, "quotas must not be null");
    Map<String, Set<String>> known = new LinkedHashMap<>();
    for (Quota quota : quotas) {
      checkNotNull(quota, "quota must not be null");
      known.computeIfAbsent(quota.category(), c -> new LinkedHashSet<>()).add(quota.feature());
    }
    return known;
  }

  private static String normalise(String address) {
    return address.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /**
   * The volunteers' ids, in the pool's order.
   *
   * @return the ids
   */
  public ImmutableList<String> ids() {
    return ids;
  }

  /**
   * The number of volunteers.
   *
   * @return the size
   */
  public int size() {
    return ids.size();
  }

  /**
   * The categories, in the order of {@link #features(int)}.
   *
   * @return the categories
   */
  public ImmutableList<String> categories() {
    return categories;
  }

  /**
   * One volunteer's features, one per category.
   *
   * @param volunteer the volunteer's position in the pool, from 0
   * @return the features, in the categories' order
   */
  public ImmutableList<String> features(int volunteer) {
    checkArgument(
        volunteer >= 0 && volunteer < ids.size(),
        "Invalid volunteer '%s': the pool has %s",
        volunteer,
        ids.size());
    return features.get(volunteer);
  }

  /**
   * Whether the pool names households (at most one member of each may sit on a panel).
   *
   * @return true if it does
   */
  public boolean hasHouseholds() {
    return !households.isEmpty();
  }

  /**
   * One volunteer's household, when the pool names households.
   *
   * @param volunteer the volunteer's position in the pool, from 0
   * @return the household's key, equal for volunteers who share one ({@code ""} for a household of
   *     one), or empty when the pool names none
   */
  public Optional<String> household(int volunteer) {
    checkArgument(
        volunteer >= 0 && volunteer < ids.size(),
        "Invalid volunteer '%s': the pool has %s",
        volunteer,
        ids.size());
    return households.isEmpty() ? Optional.empty() : Optional.of(households.get(volunteer));
  }

  /**
   * The position of a volunteer in the pool.
   *
   * @param id the volunteer's id
   * @return the position, from 0, or empty if no volunteer has this id
   */
  public Optional<Integer> indexOf(String id) {
    return Optional.ofNullable(index.get(checkNotNull(id, "id must not be null")));
  }

  /**
   * The SHA-256 digest, in lower-case hexadecimal, of the pool's canonical text: the line {@code
   * concertation-panel-pool/1}, a header line (tab-separated: {@code id}, the categories sorted,
   * then {@code household} if any), then one tab-separated line per volunteer, sorted by id.
   *
   * @return the digest
   */
  public String digest() {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> ids.get(a).compareTo(ids.get(b)));
    List<Integer> byName = new ArrayList<>();
    for (int c = 0; c < categories.size(); c++) {
      byName.add(c);
    }
    byName.sort((a, b) -> categories.get(a).compareTo(categories.get(b)));
    StringBuilder text = new StringBuilder("concertation-panel-pool/1\nid");
    for (int c : byName) {
      text.append('\t').append(categories.get(c));
    }
    text.append(households.isEmpty() ? "\n" : "\thousehold\n");
    for (int i : order) {
      text.append(ids.get(i));
      for (int c : byName) {
        text.append('\t').append(features.get(i).get(c));
      }
      if (!households.isEmpty()) {
        text.append('\t').append(households.get(i));
      }
      text.append('\n');
    }
    return Digests.sha256(text.toString());
  }

  @Override
  public String toString() {
    return "Pool of " + ids.size() + " volunteers in " + categories;
  }
}
