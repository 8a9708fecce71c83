package org.concertation.core.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadersTest {
  private static final String TOI =
      String.join(
          "\n",
          "# FILE NAME: small.toi",
          "# DATA TYPE: toi",
          "# NUMBER ALTERNATIVES: 3",
          "# ALTERNATIVE NAME 1: Ann",
          "# ALTERNATIVE NAME 2: Bob",
          "# ALTERNATIVE NAME 3: Cy",
          "4: 1,{2,3}",
          "2: 3",
          "");

  private static FormatException failure(Runnable parse) {
    return (FormatException) catchThrowable(parse::run);
  }

  @Test
  void prefLibGivesTheHeaderNamesAndTies() {
    Profile profile = PrefLib.parse("small.toi", new StringReader(TOI));
    assertThat(profile.candidates()).containsExactly("Ann", "Bob", "Cy");
    assertThat(profile.voters()).isEqualTo(6);
    assertThat(profile.ballots().get(0))
        .isEqualTo(RankedBallot.of(4, List.of(List.of("Ann"), List.of("Bob", "Cy"))));
  }

  @Test
  void prefLibRoundTripsThroughItsWriter() {
    Profile profile = PrefLib.parse("small.toi", new StringReader(TOI));
    StringWriter out = new StringWriter();
    PrefLib.write(profile, out);
    Profile again = PrefLib.parse("again.toi", new StringReader(out.toString()));
    assertThat(again.candidates()).isEqualTo(profile.candidates());
    assertThat(again.ballots()).isEqualTo(profile.ballots());
  }

  @Test
  void prefLibRefusesATieInAStrictOrderFile() {
    FormatException e =
        failure(() -> PrefLib.parse("small.soi", new StringReader(TOI.replace("toi", "soi"))));
    assertThat(e)
        .hasMessage("small.soi:7: expected a strict order in a soi file, found a tie {...}");
  }

  @Test
  void prefLibRefusesAnIncompleteOrderInACompleteFile() {
    FormatException e =
        failure(() -> PrefLib.parse("small.toc", new StringReader(TOI.replace("toi", "toc"))));
    assertThat(e).hasMessage("small.toc:8: expected all 3 alternatives in a toc file, found 1");
  }

  @Test
  void prefLibRefusesAnUnknownAlternative() {
    FormatException e =
        failure(() -> PrefLib.parse("small.toi", new StringReader(TOI.replace("2: 3", "2: 4"))));
    assertThat(e.line()).isEqualTo(8);
    assertThat(e).hasMessageContaining("expected alternatives 1 to 3, found 4");
  }

  @Test
  void prefLibRefusesABadCount() {
    FormatException e =
        failure(() -> PrefLib.parse("small.toi", new StringReader(TOI.replace("2: 3", "x: 3"))));
    assertThat(e).hasMessage("small.toi:8: expected a count (a whole number from 1), found 'x'");
  }

  @Test
  void prefLibRefusesAnUnclosedTie() {
    FormatException e =
        failure(() -> PrefLib.parse("small.toi", new StringReader(TOI.replace("{2,3}", "{2,3"))));
    assertThat(e).hasMessageStartingWith("small.toi:7: expected '}'");
  }

  @Test
  void plainRankedBallotsReadCountsTiesAndComments() {
    Profile profile =
        PlainBallots.parseRanked(
            "votes.txt", new StringReader("# a comment\n3: A > B = C\nB > A   # one voter\n\n"));
    assertThat(profile.candidates()).containsExactly("A", "B", "C");
    assertThat(profile.voters()).isEqualTo(4);
    assertThat(profile.ballots().get(1)).isEqualTo(RankedBallot.strict(1, "B", "A"));
  }

  @Test
  void plainRankedBallotsRoundTrip() {
    Profile profile =
        PlainBallots.parseRanked("votes.txt", new StringReader("3: A > B = C\n2: C\n"));
    StringWriter out = new StringWriter();
    PlainBallots.writeRanked(profile, out);
    assertThat(PlainBallots.parseRanked("again.txt", new StringReader(out.toString())).ballots())
        .isEqualTo(profile.ballots());
  }

  @Test
  void plainRankedBallotsRefuseACandidateTwice() {
    FormatException e =
        failure(
            () -> PlainBallots.parseRanked("votes.txt", new StringReader("1: A > B\n2: A > A\n")));
    assertThat(e).hasMessage("votes.txt:2: expected each candidate once, found 'A' twice");
  }

  @Test
  void plainRankedBallotsRefuseAnEmptyName() {
    FormatException e =
        failure(() -> PlainBallots.parseRanked("votes.txt", new StringReader("A > > B\n")));
    assertThat(e)
        .hasMessage("votes.txt:1: expected a candidate name between '>' or '=', found nothing");
  }

  @Test
  void plainRankedBallotsRefuseAZeroCount() {
    FormatException e =
        failure(() -> PlainBallots.parseRanked("votes.txt", new StringReader("0: A\n")));
    assertThat(e)
        .hasMessage("votes.txt:1: expected a count (a whole number from 1) before ':', found '0'");
  }

  @Test
  void approvalBallotsReadCountsAndEmptyBallots() {
    GradedProfile profile =
        PlainBallots.parseApprovals("a.txt", new StringReader("2: A, C\nB\n3:\n"));
    assertThat(profile.candidates()).containsExactly("A", "C", "B");
    assertThat(profile.voters()).isEqualTo(6);
    assertThat(GradedRule.APPROVAL.apply(profile).details().get("approvals"))
        .isEqualTo(Map.of("A", 2L, "C", 2L, "B", 1L));
  }

  @Test
  void approvalBallotsRefuseARankingSign() {
    FormatException e =
        failure(() -> PlainBallots.parseApprovals("a.txt", new StringReader("A > B\n")));
    assertThat(e)
        .hasMessage("a.txt:1: expected approved candidates separated by ',', found 'A > B'");
  }

  @Test
  void gradesReadTheHeaderAndRows() {
    GradedProfile profile =
        PlainBallots.parseGrades("g.csv", new StringReader("count,A,B\n2,3,1\n1,0,2\n"));
    assertThat(profile.candidates()).containsExactly("A", "B");
    assertThat(GradedRule.SCORE.apply(profile).details().get("scores"))
        .isEqualTo(Map.of("A", 6L, "B", 4L));
  }

  @Test
  void gradesRefuseAMissingGrade() {
    FormatException e =
        failure(() -> PlainBallots.parseGrades("g.csv", new StringReader("count,A,B\n2,3\n")));
    assertThat(e).hasMessageStartingWith("g.csv:2: expected 3 comma-separated fields");
  }

  @Test
  void gradesRefuseANonIntegerGrade() {
    FormatException e =
        failure(() -> PlainBallots.parseGrades("g.csv", new StringReader("count,A,B\n2,3,good\n")));
    assertThat(e).hasMessage("g.csv:2: expected an integer grade for 'B', found 'good'");
  }

  @Test
  void gradesRefuseAFileWithoutHeader() {
    FormatException e =
        failure(() -> PlainBallots.parseGrades("g.csv", new StringReader("2,3,1\n")));
    assertThat(e).hasMessage("g.csv:1: expected a header 'count,A,B,...', found '2,3,1'");
  }

  @Test
  void prefLibRefusesHeaderCountsThatTheBodyContradicts() {
    String counted =
        TOI.replace(
            "# ALTERNATIVE NAME 1",
            "# NUMBER VOTERS: 6\n# NUMBER UNIQUE ORDERS: 2\n# ALTERNATIVE NAME 1");
    assertThat(PrefLib.parse("small.toi", new StringReader(counted)).voters()).isEqualTo(6);
    assertThat(
            failure(
                () ->
                    PrefLib.parse(
                        "small.toi", new StringReader(counted.replace("VOTERS: 6", "VOTERS: 5")))))
        .hasMessage("small.toi:4: expected 5 voters as '# NUMBER VOTERS' says, found 6");
    assertThat(
            failure(
                () ->
                    PrefLib.parse(
                        "small.toi", new StringReader(counted.replace("ORDERS: 2", "ORDERS: 1")))))
        .hasMessage("small.toi:5: expected 1 orders as '# NUMBER UNIQUE ORDERS' says, found 2");
  }

  @Test
  void prefLibRefusesTwoAlternativesOfOneName() {
    assertThat(
            failure(
                () -> PrefLib.parse("small.toi", new StringReader(TOI.replace("3: Cy", "3: Bob")))))
        .hasMessage(
            "small.toi:6: expected distinct alternative names, found 'Bob' for alternatives 2 and 3");
  }

  @Test
  void prefLibRefusesANameForAnAlternativeBeyondItsCount() {
    assertThat(
            failure(
                () ->
                    PrefLib.parse("small.toi", new StringReader(TOI.replace("NAME 3", "NAME 4")))))
        .hasMessageStartingWith("small.toi:6: expected alternatives 1 to 3");
  }
}
