package org.concertation.core.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.concertation.core.choice.FormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadTest {
  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private ImmutableList<Quota> quotas() throws IOException {
    return Quota.read(
        file(
            "categories.csv",
            "category,feature,min,max\ngender,female,1,2\ngender,male,1,2\nage,young,0,3\nage,old,0,3"));
  }

  @Test
  void readsQuotasWithTheirColumnsInAnyOrderAndExtraColumnsIgnored() throws IOException {
    ImmutableList<Quota> quotas =
        Quota.read(file("c.csv", "min,max,category,name,min_flex\n1,2,gender,female,0\n"));
    assertThat(quotas).containsExactly(new Quota("gender", "female", 1, 2));
  }

  @Test
  void refusesAQuotaWhoseMaximumIsBelowItsMinimumNamingTheLine() throws IOException {
    Path file = file("c.csv", "category,feature,min,max\ngender,female,1,2\ngender,male,3,2\n");
    assertThatThrownBy(() -> Quota.read(file))
        .isInstanceOf(FormatException.class)
        .hasMessage(file + ":3: max 2 is below min 3 for gender/male")
        .satisfies(e -> assertThat(((FormatException) e).line()).isEqualTo(3));
  }

  @Test
  void refusesACountThatIsNotAWholeNumber() throws IOException {
    Path file = file("c.csv", "category,feature,min,max\ngender,female,one,2\n");
    assertThatThrownBy(() -> Quota.read(file))
        .isInstanceOf(FormatException.class)
        .hasMessage(file + ":2: expected min as a whole number from 0, found 'one'");
  }

  @Test
  void refusesAMissingColumnAndARepeatedFeature() throws IOException {
    Path missing = file("a.csv", "category,feature,min\ngender,female,1\n");
    assertThatThrownBy(() -> Quota.read(missing))
        .hasMessageStartingWith(missing + ":1: expected a column 'max'");
    Path twice = file("b.csv", "category,feature,min,max\ng,f,1,2\ng,f,0,1\n");
    assertThatThrownBy(() -> Quota.read(twice))
        .hasMessage(twice + ":3: the feature g/f appears twice");
  }

  @Test
  void readsRespondentsWithRowNumbersAsIdsAndQuotedFields() throws IOException {
    Pool pool =
        Pool.read(
            file(
                "r.csv",
                "gender,age,name\nfemale,young,\"Doe, Jane\"\n\nmale,old,\"A \"\"B\"\"\"\n"),
            quotas(),
            Optional.empty());
    assertThat(pool.ids()).containsExactly("1", "2");
    assertThat(pool.features(1)).containsExactly("male", "old");
    assertThat(pool.hasHouseholds()).isFalse();
  }

  @Test
  void readsTheIdColumnWhenThereIsOne() throws IOException {
    Pool pool =
        Pool.read(
            file("r.csv", "ID,gender,age\nx7,female,young\nx9,male,old\n"),
            quotas(),
            Optional.empty());
    assertThat(pool.ids()).containsExactly("x7", "x9");
    assertThat(pool.indexOf("x9")).contains(1);
  }

  @Test
  void refusesAFeatureThatNoQuotaNamesNamingFileAndLine() throws IOException {
    Path file = file("r.csv", "gender,age\nfemale,young\nother,old\n");
    ImmutableList<Quota> quotas = quotas();
    assertThatThrownBy(() -> Pool.read(file, quotas, Optional.empty()))
        .isInstanceOf(FormatException.class)
        .hasMessage(
            file + ":3: expected a feature of 'gender' among [female, male], found 'other'");
  }

  @Test
  void refusesARowOfTheWrongLengthARepeatedIdAndAnUnclosedQuote() throws IOException {
    ImmutableList<Quota> quotas = quotas();
    Path shortRow = file("a.csv", "gender,age\nfemale\n");
    assertThatThrownBy(() -> Pool.read(shortRow, quotas, Optional.empty()))
        .hasMessage(shortRow + ":2: expected 2 fields, found 1");
    Path repeated = file("b.csv", "id,gender,age\n1,female,young\n1,male,old\n");
    assertThatThrownBy(() -> Pool.read(repeated, quotas, Optional.empty()))
        .hasMessage(repeated + ":3: the id '1' was already used on line 2");
    Path quote = file("c.csv", "gender,age\n\"female,young\n");
    assertThatThrownBy(() -> Pool.read(quote, quotas, Optional.empty()))
        .hasMessage(quote + ":2: expected a closing quote, found the line's end");
  }

  @Test
  void groupsHouseholdsByAddressIgnoringCaseAndSpacing() throws IOException {
    Pool pool =
        Pool.read(
            file(
                "r.csv",
                "gender,age,address\nfemale,young,1 Rue Haute\nmale,old, 1  rue haute\nmale,young,\n"),
            quotas(),
            Optional.of("address"));
    assertThat(pool.household(0)).isEqualTo(pool.household(1));
    assertThat(pool.household(2)).contains("");
  }

  @Test
  void refusesAMissingHouseholdColumn() throws IOException {
    Path file = file("r.csv", "gender,age\nfemale,young\n");
    ImmutableList<Quota> quotas = quotas();
    assertThatThrownBy(() -> Pool.read(file, quotas, Optional.of("address")))
        .hasMessageStartingWith(file + ":1: expected a column 'address'");
  }

  @Test
  void theDigestDependsOnTheVolunteersNotOnTheirOrder() throws IOException {
    ImmutableList<Quota> quotas = quotas();
    Pool a =
        Pool.read(
            file("a.csv", "id,gender,age\n1,female,young\n2,male,old\n"), quotas, Optional.empty());
    Pool b =
        Pool.read(
            file("b.csv", "age,id,gender\nold,2,male\nyoung,1,female\n"), quotas, Optional.empty());
    Pool c =
        Pool.read(
            file("c.csv", "id,gender,age\n1,female,old\n2,male,old\n"), quotas, Optional.empty());
    assertThat(a.digest()).isEqualTo(b.digest()).hasSize(64).isNotEqualTo(c.digest());
  }
}
