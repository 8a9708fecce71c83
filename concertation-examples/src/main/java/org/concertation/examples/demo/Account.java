package org.concertation.examples.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Competence;
import org.concertation.api.domain.ProposalContent;
import org.concertation.api.domain.ProposalId;
import org.concertation.core.history.AnswerFact;
import org.concertation.core.history.ContributionFact;
import org.concertation.core.history.MergeFact;
import org.concertation.core.history.ObjectiveFact;
import org.concertation.core.history.ParticipantFact;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.history.ProposalHistory;
import org.concertation.core.history.StakeFact;
import org.concertation.core.history.VersionFact;

/**
 * The readable account of one run, in Markdown, told from its history. Its headings are always, in
 * this order: a title, {@code ## Actors}, {@code ## Diagnosis}, {@code ## Proposals}, {@code ##
 * Negotiation rounds}, {@code ## Decisions}, {@code ## Actions} and {@code ## Evaluation}; no other
 * heading appears.
 */
final class Account {
  /** The section headings, in order, after the title. */
  static final String[] HEADINGS = {
    "## Actors",
    "## Diagnosis",
    "## Proposals",
    "## Negotiation rounds",
    "## Decisions",
    "## Actions",
    "## Evaluation"
  };

  private final RunView view;
  private final StringBuilder out = new StringBuilder();

  private Account(RunView view) {
    this.view = view;
  }

  /** The account of a run. */
  static String of(DemoRun run) {
    RunView view = new RunView(run);
    Account account = new Account(view);
    account.title();
    account.actors();
    account.diagnosis();
    account.proposals();
    new RoundsSection(view).appendTo(account.out);
    account.decisions();
    new OutcomesSection(view).appendTo(account.out);
    return account.out.toString();
  }

  /** Appends a formatted line (or paragraph, when it ends with a blank line). */
  private void line(String format, Object... args) {
    Md.line(out, format, args);
  }

  private void title() {
    Logic logic = view.run().logic();
    ProcessHistory history = view.history();
    line(
        "# %s: a neighbourhood that opens onto its city (%s logic)\n",
        Territory.TOWN, logic.label());
    line("%s\n", logic.summary());
    line(
        "Charter: *%s*. %d events, from %s to %s; the process is %s.\n",
        view.charter().name(),
        history.size(),
        Md.date(history.firstAt().orElseThrow()),
        Md.date(history.lastAt().orElseThrow()),
        Md.words(history.phase()));
  }

  /** Who takes part, with which role, in which college, and how they came in. */
  private void actors() {
    line("%s\n", HEADINGS[0]);
    Md.Table table = new Md.Table("actor", "kind", "role", "college", "came in", "declares");
    for (ParticipantFact p : view.history().participants()) {
      table.row(
          p.actor().name(),
          p.actor().kind().name(),
          Md.words(p.role()),
          p.college().map(Object::toString).orElse("none"),
          p.joinedByItself() ? "by itself" : "registered by " + view.name(p.registered().by()),
          Md.list(p.actor().competences().stream().map(Competence::name).toList()));
    }
    table.appendTo(out);
  }

  /** Who contributed what, and which stakes came out of it. */
  private void diagnosis() {
    line("%s\n", HEADINGS[1]);
    List<ContributionFact> contributions = view.history().contributions();
    Map<String, Integer> byKind = new TreeMap<>();
    contributions.forEach(c -> byKind.merge(view.kind(c.stamp().by()).name(), 1, Integer::sum));
    // whether the diagnosis is shared is the state machine's rule, asked of its final state
    line(
        "%d contributions, by kind: %s. The charter needs a contribution from: %s; the diagnosis"
            + " is %s.\n",
        contributions.size(),
        Md.list(byKind.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()),
        Md.list(view.charter().diagnosisKinds()),
        view.run().state().diagnosisShared() ? "shared" : "not shared");
    for (ContributionFact c : contributions) {
      String stakes = c.stakes().isEmpty() ? "" : " *(" + Md.list(c.stakes()) + ")*";
      ActorId by = c.stamp().by();
      line("- **%s** (%s): %s%s", view.name(by), view.kind(by), c.text(), stakes);
    }
    line("");
    Md.Table stakes = new Md.Table("stake", "title", "identified by", "validated");
    for (StakeFact s : view.history().stakes()) {
      ActorId by = s.identified().by();
      stakes.row(
          s.id().value(),
          s.title(),
          view.name(by) + " (" + view.kind(by) + ")",
          s.validated().isPresent() ? "yes" : "no");
    }
    stakes.appendTo(out);
  }

  /** Every proposal, its authors and its history: merges and amendments, in order. */
  private void proposals() {
    line("%s\n", HEADINGS[2]);
    Md.Table table =
        new Md.Table(
            "proposal",
            "title (current version)",
            "authors",
            "kinds",
            "stakes",
            "cost",
            "version",
            "status");
    List<Change> changes = new ArrayList<>();
    for (ProposalHistory p : view.proposals()) {
      ProposalContent content = p.current();
      table.row(
          p.id().value(),
          content.title(),
          view.names(p.authors()),
          view.kinds(p.authors()),
          Md.list(content.stakes()),
          content.cost().map(Md::number).orElse("-"),
          String.valueOf(p.version()),
          Md.words(p.status()));
      p.mergedFrom().ifPresent(m -> changes.add(merge(m)));
      p.amendments().forEach(a -> changes.add(amendment(a)));
    }
    table.appendTo(out);
    changes.sort(Comparator.comparingInt(Change::index));
    changes.forEach(c -> line("%s", c.line()));
    line(changes.isEmpty() ? "No proposal was amended or merged.\n" : "");
  }

  /** A change to the proposals, with its place in the history. */
  private record Change(int index, String line) {}

  private Change merge(MergeFact m) {
    return new Change(
        m.stamp().index(),
        String.format(
            Locale.ROOT,
            "- **Merge** (%s): %s merged %s into %s: %s",
            Md.date(m.stamp().at()),
            view.name(m.stamp().by()),
            String.join(" and ", m.sources().stream().map(ProposalId::value).toList()),
            m.result(),
            m.content().text()));
  }

  private Change amendment(VersionFact a) {
    return new Change(
        a.stamp().index(),
        String.format(
            Locale.ROOT,
            "- **Amendment** (%s): %s amended %s to version %d. %s New text: %s",
            Md.date(a.stamp().at()),
            view.name(a.stamp().by()),
            a.proposal(),
            a.number(),
            a.rationale().orElseThrow(),
            a.content().text()));
  }

  /** What became of each proposal: the rounds' verdict and the owner's reasoned answer. */
  private void decisions() {
    line("%s\n", HEADINGS[4]);
    Md.Table table =
        new Md.Table(
            "proposal",
            "authors' kinds",
            "verdict of its last round",
            "status",
            "owner's answer",
            "reasoning");
    for (ProposalHistory p : view.proposals()) {
      String verdict =
          p.lastDecision()
              .map(d -> Md.words(d.verdict()) + " in round " + d.round())
              .or(() -> p.mergedInto().map(into -> "merged into " + into.result()))
              .orElse("not deliberated");
      Optional<AnswerFact> answer = p.answer();
      table.row(
          p.id().value(),
          view.kinds(p.authors()),
          verdict,
          Md.words(p.status()),
          answer.map(a -> Md.words(a.kind())).orElse("none"),
          answer.map(AnswerFact::reasoning).orElse(""));
    }
    table.appendTo(out);
    line("Objectives adopted:\n");
    for (ObjectiveFact o : view.history().objectives()) {
      line(
          "- **%s**: %s, from %s (recorded by %s)",
          o.id(), o.title(), Md.list(o.from()), view.name(o.stamp().by()));
    }
    line("");
  }
}
