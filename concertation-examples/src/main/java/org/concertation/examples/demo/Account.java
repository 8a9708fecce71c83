package org.concertation.examples.demo;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.TreeMap;
import org.concertation.api.domain.Competence;
import org.concertation.api.domain.Proposal;
import org.concertation.api.domain.ProposalContent;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.event.Event;

/**
 * The readable account of one run, in Markdown, told from its events and its final state. Its
 * headings are always, in this order: a title, {@code ## Actors}, {@code ## Diagnosis}, {@code ##
 * Proposals}, {@code ## Negotiation rounds}, {@code ## Decisions}, {@code ## Actions} and {@code ##
 * Evaluation}; no other heading appears.
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
    line(
        "# %s: a neighbourhood that opens onto its city (%s logic)\n",
        Territory.TOWN, logic.label());
    line("%s\n", logic.summary());
    line(
        "Charter: *%s*. %d events, from %s to %s; the process is %s.\n",
        view.state().charter().name(),
        view.run().events().size(),
        Md.date(view.run().events().get(0).at()),
        Md.date(view.state().lastAt().orElseThrow()),
        Md.words(view.state().phase()));
  }

  /** Who takes part, with which role, in which college, and how they came in. */
  private void actors() {
    line("%s\n", HEADINGS[0]);
    Md.Table table = new Md.Table("actor", "kind", "role", "college", "came in", "declares");
    for (Event.ActorRegistered e : view.events(Event.ActorRegistered.class)) {
      table.row(
          e.actor().name(),
          e.actor().kind().name(),
          Md.words(e.role()),
          e.college().map(Object::toString).orElse("none"),
          e.by().equals(e.actor().id()) ? "by itself" : "registered by " + view.name(e.by()),
          Md.list(e.actor().competences().stream().map(Competence::name).toList()));
    }
    table.appendTo(out);
  }

  /** Who contributed what, and which stakes came out of it. */
  private void diagnosis() {
    line("%s\n", HEADINGS[1]);
    Map<String, Integer> byKind = new TreeMap<>();
    view.state().contributionsByKind().forEach((kind, n) -> byKind.put(kind.name(), n));
    line(
        "%d contributions, by kind: %s. The charter needs a contribution from: %s; the diagnosis"
            + " is %s.\n",
        view.state().contributions(),
        Md.list(byKind.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()),
        Md.list(view.state().charter().diagnosisKinds()),
        view.state().diagnosisShared() ? "shared" : "not shared");
    for (Event.ContributionMade e : view.events(Event.ContributionMade.class)) {
      String stakes = e.stakes().isEmpty() ? "" : " *(" + Md.list(e.stakes()) + ")*";
      line("- **%s** (%s): %s%s", view.name(e.by()), view.kind(e.by()), e.text(), stakes);
    }
    line("");
    Md.Table stakes = new Md.Table("stake", "title", "identified by", "validated");
    for (Event.StakeIdentified e : view.events(Event.StakeIdentified.class)) {
      stakes.row(
          e.stake().value(),
          e.title(),
          view.name(e.by()) + " (" + view.kind(e.by()) + ")",
          requireNonNull(view.state().stakes().get(e.stake())).validated() ? "yes" : "no");
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
    for (ProposalId id : view.proposals()) {
      Proposal p = view.proposal(id);
      ProposalContent content = p.current();
      table.row(
          id.value(),
          content.title(),
          view.names(view.authors(id)),
          view.kinds(view.authors(id)),
          Md.list(content.stakes()),
          content.cost().map(Md::number).orElse("-"),
          String.valueOf(p.version()),
          Md.words(p.status()));
    }
    table.appendTo(out);
    int changes = 0;
    for (Event e : view.run().events()) {
      if (e instanceof Event.ProposalsMerged m) {
        line(
            "- **Merge** (%s): %s merged %s into %s: %s",
            Md.date(m.at()),
            view.name(m.by()),
            String.join(" and ", m.sources().stream().map(ProposalId::value).toList()),
            m.result(),
            m.content().text());
        changes++;
      } else if (e instanceof Event.ProposalAmended a) {
        line(
            "- **Amendment** (%s): %s amended %s to version %d. %s New text: %s",
            Md.date(a.at()),
            view.name(a.by()),
            a.proposal(),
            a.version(),
            a.rationale(),
            a.content().text());
        changes++;
      }
    }
    line(changes == 0 ? "No proposal was amended or merged.\n" : "");
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
    for (ProposalId id : view.proposals()) {
      Proposal p = view.proposal(id);
      String verdict =
          view.lastDecision(id)
              .map(d -> Md.words(d.decision().outcome().verdict()) + " in round " + d.round())
              .or(() -> p.mergedInto().map(into -> "merged into " + into))
              .orElse("not deliberated");
      var answer = view.answer(id);
      table.row(
          id.value(),
          view.kinds(view.authors(id)),
          verdict,
          Md.words(p.status()),
          answer.map(a -> Md.words(a.answer())).orElse("none"),
          answer.map(Event.ProposalAnswered::reasoning).orElse(""));
    }
    table.appendTo(out);
    line("Objectives adopted:\n");
    for (Event.ObjectiveAdopted e : view.events(Event.ObjectiveAdopted.class)) {
      line(
          "- **%s**: %s, from %s (recorded by %s)",
          e.objective(), e.title(), Md.list(e.from()), view.name(e.by()));
    }
    line("");
  }
}
