package org.concertation.core.panel;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.concertation.core.choice.FormatException;

/**
 * How many panel members may have one feature of one category: at least {@code min}, at most {@code
 * max} (one row of {@code categories.csv}). A parity quota is a quota on the category {@code
 * gender}. This class is immutable and thread-safe.
 *
 * @param category the category, such as {@code gender}
 * @param feature the feature, such as {@code female}
 * @param min the least number of members with the feature
 * @param max the most number of members with the feature
 */
public record Quota(String category, String feature, int min, int max) {
  /**
   * Validates the quota.
   *
   * @param category the category, not blank
   * @param feature the feature, not blank
   * @param min the least number of members with the feature, at least 0
   * @param max the most number of members with the feature, at least {@code min}
   */
  public Quota {
    checkNotNull(category, "category must not be null");
    checkNotNull(feature, "feature must not be null");
    checkArgument(!category.isBlank(), "Invalid quota: the category is blank");
    checkArgument(!feature.isBlank(), "Invalid quota: the feature of '%s' is blank", category);
    checkArgument(min >= 0, "Invalid quota %s/%s: min '%s' is negative", category, feature, min);
    checkArgument(
        max >= min, "Invalid quota %s/%s: max '%s' is below min '%s'", category, feature, max, min);
  }

  /**
   * Reads quotas from a {@code categories.csv} file: a header naming the columns {@code category},
   * {@code feature} (or {@code name}), {@code min} and {@code max}, in any order, other columns
   * ignored; then one quota per row.
   *
   * @param file the file
   * @return the quotas, in the file's order
   * @throws FormatException if the file is malformed: the message names the file and line
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static ImmutableList<Quota> read(Path file) {
    checkNotNull(file, "file must not be null");
    String name = file.toString();
    List<CsvTable.Row> rows = CsvTable.read(file);
    if (rows.isEmpty()) {
      throw new FormatException(
          name, 1, "expected a header 'category,feature,min,max', found none");
    }
    List<String> header = rows.get(0).fields();
    int category = CsvTable.column(name, header, "category");
    int feature = CsvTable.column(name, header, "feature", "name");
    int min = CsvTable.column(name, header, "min");
    int max = CsvTable.column(name, header, "max");
    ImmutableList.Builder<Quota> quotas = ImmutableList.builder();
    Set<String> seen = new HashSet<>();
    for (int r = 1; r < rows.size(); r++) {
      List<String> row = rows.get(r).fields();
      int line = rows.get(r).line();
      if (row.size() != header.size()) {
        throw new FormatException(
            name, line, "expected " + header.size() + " fields, found " + row.size());
      }
      String c = row.get(category).strip();
      String f = row.get(feature).strip();
      if (c.isEmpty() || f.isEmpty()) {
        throw new FormatException(name, line, "expected a category and a feature, found a blank");
      }
      int lo = CsvTable.count(name, line, "min", row.get(min));
      int hi = CsvTable.count(name, line, "max", row.get(max));
      if (hi < lo) {
        throw new FormatException(
            name, line, "max " + hi + " is below min " + lo + " for " + c + "/" + f);
      }
      if (!seen.add(c + "\t" + f)) {
        throw new FormatException(name, line, "the feature " + c + "/" + f + " appears twice");
      }
      quotas.add(new Quota(c, f, lo, hi));
    }
    ImmutableList<Quota> result = quotas.build();
    if (result.isEmpty()) {
      throw new FormatException(name, 0, "expected at least one quota, found none");
    }
    return result;
  }

  @Override
  public String toString() {
    return category + "/" + feature + " in [" + min + ", " + max + "]";
  }
}
