package org.concertation.core.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.concertation.core.choice.FormatException;
import org.junit.jupiter.api.Test;

class PabulibTest {
  private static final String SMALL = String.join("\n",
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
    assertThat(election.projects()).containsExactly(new Project("a", 6, "Park; north"), new Project("b", 5, "Bikes"));
    assertThat(election.voters()).isEqualTo(3);
    assertThat(election.approvals("b")).isEqualTo(2);
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
    assertThat(failure(SMALL.replace("b;5;Bikes", "b;5"))).hasMessageStartingWith("test.pb:8: expected 3 fields");
  }

  @Test
  void refusesAFileWithoutABudget() {
    assertThat(failure(SMALL.replace("budget;10\n", ""))).hasMessageContaining("expected a budget in META");
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
    assertThatThrownBy(() -> parse("hello\n" + SMALL)).hasMessage("test.pb:1: expected META, found 'hello'");
  }

  @Test
  void groupsIdenticalBallots() {
    BudgetElection election = BudgetElection.of(1, List.of(Project.of("a", 1)), List.of(Set.of("a"), Set.of("a")));
    assertThat(election.ballots()).containsEntry(ImmutableSet.of("a"), 2L);
  }
}
