package org.concertation.core.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.concertation.core.choice.FormatException;
import org.concertation.core.testing.PropertyHarness;
import org.junit.jupiter.api.Test;

class PabulibTest {
  private static final String SMALL =
      String.join(
          "\n",
          "META",
          "key;value",
          "budget;10",
          "vote_type;approval",
          "PROJECTS",
          "project_id;cost;name",
          "a;6;\"Park; north\"",
          "b;5;Bikes",
          "VOTES",
          "voter_id;vote",
          "1;a,b",
          "2;b",
          "3;",
          "");

  private static BudgetElection parse(String text) {
    return Pabulib.parse("test.pb", new StringReader(text));
  }

  private static FormatException failure(String text) {
    return (FormatException) org.assertj.core.api.Assertions.catchThrowable(() -> parse(text));
  }

  @Test
  void readsBudgetProjectsQuotedNamesAndVotes() {
    BudgetElection election = parse(SMALL);
    assertThat(election.budget()).isEqualTo(10);
    assertThat(election.projects())
        .containsExactly(new Project("a", 6, "Park; north"), new Project("b", 5, "Bikes"));
    assertThat(election.voters()).isEqualTo(3);
    assertThat(election.approvals("b")).isEqualTo(2);
  }

  @Test
  void readsTheSameFromBytesAsFromText() {
    for (String text :
        List.of(SMALL, "\uFEFF" + SMALL, SMALL.replace("Bikes", "V\u00e9los \uD83D\uDEB2"))) {
      BudgetElection fromText = parse(text);
      BudgetElection fromBytes =
          Pabulib.parse("test.pb", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      assertThat(fromBytes.budget()).isEqualTo(fromText.budget());
      assertThat(fromBytes.projects()).isEqualTo(fromText.projects());
      assertThat(fromBytes.ballots()).isEqualTo(fromText.ballots());
    }
  }

  @Test
  void refusesBytesThatAreNotUtf8NamingTheLineAndTheByte() {
    byte[] latin1 =
        SMALL.replace("Bikes", "V\u00e9los").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> Pabulib.parse("test.pb", latin1))
        .isInstanceOf(FormatException.class)
        .hasMessageStartingWith("test.pb:8: expected UTF-8 text, found the byte 0xE9");
  }

  @Test
  void writesWhatItReads() {
    BudgetElection election = parse(SMALL);
    StringWriter out = new StringWriter();
    Pabulib.write(election, out);
    BudgetElection again = parse(out.toString());
    assertThat(again.budget()).isEqualTo(election.budget());
    assertThat(again.projects()).isEqualTo(election.projects());
    assertThat(again.ballots()).isEqualTo(election.ballots());
  }

  @Test
  void refusesAVoteForAnUnknownProjectNamingTheLine() {
    FormatException e = failure(SMALL.replace("2;b", "2;c"));
    assertThat(e.file()).isEqualTo("test.pb");
    assertThat(e.line()).isEqualTo(12);
    assertThat(e).hasMessage("test.pb:12: expected a project_id listed in PROJECTS, found 'c'");
  }

  @Test
  void refusesACostThatIsNotAWholeNumber() {
    assertThat(failure(SMALL.replace("b;5;Bikes", "b;five;Bikes")))
        .hasMessage("test.pb:8: expected a cost as a whole number, found 'five'");
  }

  @Test
  void refusesARowWithTheWrongNumberOfFields() {
    assertThat(failure(SMALL.replace("b;5;Bikes", "b;5")))
        .hasMessageStartingWith("test.pb:8: expected 3 fields");
  }

  @Test
  void refusesAFileWithoutABudget() {
    assertThat(failure(SMALL.replace("budget;10\n", "")))
        .hasMessageContaining("expected a budget in META");
  }

  @Test
  void refusesBallotsThatAreNotApprovals() {
    assertThat(failure(SMALL.replace("vote_type;approval", "vote_type;ordinal")))
        .hasMessageContaining("expected vote_type approval in META, found 'ordinal'");
  }

  @Test
  void refusesAFileWithoutVotes() {
    assertThat(failure("META\nkey;value\nbudget;1\nPROJECTS\nproject_id;cost\na;1\n"))
        .hasMessage("test.pb:6: expected a VOTES section before the end of the file");
  }

  @Test
  void refusesTextBeforeTheMetaSection() {
    assertThatThrownBy(() -> parse("hello\n" + SMALL))
        .hasMessage("test.pb:1: expected META, found 'hello'");
  }

  @Test
  void groupsIdenticalBallots() {
    BudgetElection election =
        BudgetElection.of(1, List.of(Project.of("a", 1)), List.of(Set.of("a"), Set.of("a")));
    assertThat(election.ballots()).containsEntry(ImmutableSet.of("a"), 2L);
  }

  /** Vote lines longer than a section name are read from the bytes; these cover that path. */
  private static final String LONG =
      String.join(
          "\r\n",
          "\uFEFFMETA",
          "key;value",
          "budget;100",
          "PROJECTS",
          "project_id;cost;name",
          "park-1;60;Park",
          "b\u00e9ton;30;Concrete",
          "lib;20;\"Library; west\"",
          "VOTES",
          "voter_id;vote;age;neighborhood",
          "1001; park-1 , lib ;34;\u0141\u00f3d\u017a",
          "",
          "1002;lib,park-1;51;north",
          "1003;\"b\u00e9ton,lib\";22;south",
          "1004;b\u00e9ton;40;\u017boliborz",
          "1005;;29;nowhere at all",
          "");

  @Test
  void readsLongVoteLinesWithCrlfABomSpacesAndAccentedIds() {
    BudgetElection election = parse(LONG);
    assertThat(election.budget()).isEqualTo(100);
    assertThat(election.voters()).isEqualTo(5);
    // 1001 and 1002 approve the same projects in another order and with spaces: one ballot, twice
    assertThat(election.ballots()).containsEntry(ImmutableSet.of("park-1", "lib"), 2L);
    assertThat(election.ballots()).containsEntry(ImmutableSet.of("b\u00e9ton", "lib"), 1L);
    assertThat(election.ballots()).containsEntry(ImmutableSet.of("b\u00e9ton"), 1L);
    assertThat(election.ballots()).containsEntry(ImmutableSet.of(), 1L);
    assertThat(election.approvals("lib")).isEqualTo(3);
  }

  @Test
  void readsAFileAsItReadsTheSameText(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path file = dir.resolve("long.pb");
    java.nio.file.Files.writeString(file, LONG);
    BudgetElection fromFile = Pabulib.read(file);
    assertThat(fromFile.ballots()).isEqualTo(parse(LONG).ballots());
    assertThat(fromFile.projects()).isEqualTo(parse(LONG).projects());
  }

  @Test
  void refusesOnLongVoteLinesAnUnknownProjectATwiceApprovedOneAndMissingFields() {
    assertThat(failure(LONG.replace("1002;lib,park-1;", "1002;lib,park-2;")))
        .hasMessage("test.pb:13: expected a project_id listed in PROJECTS, found 'park-2'");
    assertThat(failure(LONG.replace("1002;lib,park-1;", "1002;lib,park-1,lib;")))
        .hasMessage("test.pb:13: expected each project once in a vote, found 'lib' twice");
    assertThat(failure(LONG.replace("1004;b\u00e9ton;40;", "1004;b\u00e9ton;40")))
        .hasMessage("test.pb:15: expected 4 fields separated by ';' as in the header, found 3");
  }

  /** One kind of vote, cast {@code count} times. */
  private record Vote(List<String> approved, long count) {}

  /** An election as drawn, kept apart from its building so that it shrinks. */
  private record DrawnElection(long budget, List<Project> projects, List<Vote> votes) {
    /**
     * Up to twelve projects, some with an accent in their id or a separator in their name, and up
     * to thirty votes, each approving a project one time in three.
     */
    static DrawnElection draw(SplittableRandom random) {
      int m = 1 + random.nextInt(12);
      List<Project> projects = new ArrayList<>();
      for (int p = 0; p < m; p++) {
        projects.add(
            new Project(
                (random.nextBoolean() ? "project-" : "p\u00f3") + p,
                1 + random.nextInt(50),
                random.nextBoolean() ? "name; with a separator" : "n" + p));
      }
      long budget = random.nextInt(200);
      List<Vote> votes = new ArrayList<>();
      for (int v = random.nextInt(30); v > 0; v--) {
        List<String> approved = new ArrayList<>();
        for (Project p : projects) {
          if (random.nextInt(3) == 0) {
            approved.add(p.id());
          }
        }
        votes.add(new Vote(approved, 1 + random.nextInt(3)));
      }
      return new DrawnElection(budget, projects, votes);
    }

    /** Without one vote, or without one project and its approvals while more than one is left. */
    List<DrawnElection> simpler() {
      List<DrawnElection> simpler = new ArrayList<>();
      for (int v = 0; v < votes.size(); v++) {
        List<Vote> fewer = new ArrayList<>(votes);
        fewer.remove(v);
        simpler.add(new DrawnElection(budget, projects, fewer));
      }
      for (int p = 0; projects.size() > 1 && p < projects.size(); p++) {
        String gone = projects.get(p).id();
        List<Project> fewer = new ArrayList<>(projects);
        fewer.remove(p);
        List<Vote> without = new ArrayList<>();
        for (Vote vote : votes) {
          List<String> approved = new ArrayList<>(vote.approved());
          approved.remove(gone);
          without.add(new Vote(approved, vote.count()));
        }
        simpler.add(new DrawnElection(budget, fewer, without));
      }
      return simpler;
    }

    BudgetElection build() {
      BudgetElection.Builder builder = BudgetElection.builder(budget, projects);
      for (Vote vote : votes) {
        builder.add(vote.approved(), vote.count());
      }
      return builder.build();
    }
  }

  @Test
  void writtenElectionsReadBackTheSame() {
    PropertyHarness.forAll(
        "a written pabulib election reads back the same",
        200,
        DrawnElection::draw,
        DrawnElection::simpler,
        (drawn, random) -> {
          BudgetElection election = drawn.build();
          StringWriter out = new StringWriter();
          Pabulib.write(election, out);
          BudgetElection again = parse(out.toString());
          assertThat(again.projects()).isEqualTo(election.projects());
          assertThat(again.ballots()).isEqualTo(election.ballots());
          assertThat(again.budget()).isEqualTo(election.budget());
        });
  }

  @Test
  void refusesMetaCountsThatTheBodyContradicts() {
    String counted = SMALL.replace("budget;10", "num_projects;2\nnum_votes;3\nbudget;10");
    assertThat(parse(counted).voters()).isEqualTo(3);
    assertThat(failure(counted.replace("num_projects;2", "num_projects;3")))
        .hasMessage("test.pb:3: expected 3 projects as num_projects says, found 2");
    assertThat(failure(counted.replace("num_votes;3", "num_votes;4")))
        .hasMessage("test.pb:4: expected 4 votes as num_votes says, found 3");
  }

  @Test
  void refusesAVoterIdGivenTwice() {
    assertThat(failure(SMALL.replace("2;b", "1;b")))
        .hasMessage("test.pb:12: expected a new voter_id, found '1' again");
  }

  @Test
  void refusesBytesThatAreNotUtf8NamingTheLineAndTheByte(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
    byte[] data = SMALL.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    int at = SMALL.indexOf("Bikes");
    data[at] = (byte) 0xFF;
    Throwable e =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> Pabulib.read(java.nio.file.Files.write(dir.resolve("test.pb"), data)));
    assertThat(e).isInstanceOf(FormatException.class);
    assertThat(((FormatException) e).line()).isEqualTo(8);
    assertThat(e.getMessage()).endsWith("expected UTF-8 text, found the byte 0xFF at byte " + at);
  }

  @Test
  void refusesACostOrABudgetBeyondAMillionBillion() {
    assertThat(failure(SMALL.replace("b;5;Bikes", "b;9223372036854775807;Bikes")))
        .hasMessage(
            "test.pb:8: expected a cost of at most 1000000000000000, found '9223372036854775807'");
    assertThat(failure(SMALL.replace("budget;10", "budget;1000000000000001")))
        .hasMessageStartingWith("test.pb:3: expected a budget of at most 1000000000000000");
  }
}
