package org.concertation.examples.demo;

import java.util.Optional;
import org.concertation.api.domain.ProposalContent;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.StakeId;
import org.concertation.api.event.Event;
import org.concertation.core.process.ProposalState;
import org.concertation.core.process.StakeState;

/**
 * The readable account of one run, in Markdown, told from its events and its final state. Its
 * headings are always, in this order: a title, {@code ## Actors}, {@code ## Diagnosis}, {@code ##
 * Proposals}, {@code ## Negotiation rounds}, {@code ## Decisions}, {@code ## Actions} and {@code ##
 * Evaluation}; no other heading appears.
 */
final class Account {
  /** The section headings, in order, after the title. */
  static final String[] HEADINGS = {
    "## Actors", "## Diagnosis", "## Proposals", "## Negotiation rounds", "## Decisions",
    "## Actions", "## Evaluation"
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

  private void title() {
    Logic logic = view.run().logic();
    out.append("# ").append(Territory.TOWN).append(": a neighbourhood that opens onto its city (")
        .append(logic.label()).append(" logic)\n\n");
    out.append(logic.summary()).append("\n\n");
    out.append("Charter: *").append(view.state().charter().name()).append("*. ")
        .append(view.run().events().size()).append(" events, from ")
        .append(Md.date(view.run().events().get(0).at())).append(" to ")
        .append(Md.date(view.state().lastAt().orElseThrow())).append("; the process is ")
        .append(view.state().phase().name().toLowerCase(java.util.Locale.ROOT)).append(".\n\n");
  }

  /** Who takes part, with which role, in which college, and how they came in. */
  private void actors() {
    out.append(HEADINGS[0]).append("\n\n");
    Md.Table table = new Md.Table("actor", "kind", "role", "college", "came in", "declares");
    for (Event.ActorRegistered e : view.events(Event.ActorRegistered.class)) {
      String cameIn = e.by().equals(e.actor().id()) ? "by itself" : "registered by " + view.name(e.by());
      String declares = String.join(", ", e.actor().competences().stream().map(c -> c.name()).toList());
      table.row(
          e.actor().name(),
          e.actor().kind().name(),
          e.role().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
          e.college().map(Object::toString).orElse("none"),
          cameIn,
          declares.isEmpty() ? "" : declares);
    }
    table.appendTo(out);
  }

  /** Who contributed what, and which stakes came out of it. */
  private void diagnosis() {
    out.append(HEADINGS[1]).append("\n\n");
    var byKind = new java.util.TreeMap<String, Integer>();
    view.state().contributionsByKind().forEach((kind, n) -> byKind.put(kind.name(), n));
    out.append(view.state().contributions()).append(" contributions, by kind: ")
        .append(String.join(", ", byKind.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()))
        .append(". The charter needs a contribution from: ")
        .append(String.join(", ", view.state().charter().diagnosisKinds().stream().map(k -> k.name()).toList()))
        .append(view.state().diagnosisShared() ? "; the diagnosis is shared.\n\n" : "; the diagnosis is not shared.\n\n");
    for (Event.ContributionMade e : view.events(Event.ContributionMade.class)) {
      out.append("- **").append(view.name(e.by())).append("** (").append(view.kind(e.by()))
          .append("): ").append(e.text());
      if (!e.stakes().isEmpty()) {
        out.append(" *(").append(String.join(", ", e.stakes().stream().map(StakeId::value).toList())).append(")*");
      }
      out.append('\n');
    }
    out.append('\n');
    Md.Table stakes = new Md.Table("stake", "title", "identified by", "validated");
    for (Event.StakeIdentified e : view.events(Event.StakeIdentified.class)) {
      StakeState stake = view.state().stakes().get(e.stake());
      stakes.row(e.stake().value(), e.title(), view.name(e.by()) + " (" + view.kind(e.by()) + ")",
          stake.validated() ? "yes" : "no");
    }
    stakes.appendTo(out);
  }

  /** Every proposal, its authors and its history: amendments and merges. */
  private void proposals() {
    out.append(HEADINGS[2]).append("\n\n");
    Md.Table table = new Md.Table("proposal", "title (current version)", "authors", "kinds", "stakes", "cost", "version", "status");
    for (ProposalId id : view.proposals()) {
      ProposalState p = view.proposal(id);
      ProposalContent content = p.current();
      table.row(id.value(), content.title(), view.names(view.authors(id)), view.kinds(view.authors(id)),
          String.join(", ", content.stakes().stream().map(StakeId::value).toList()),
          content.cost().map(Md::number).orElse("-"), String.valueOf(p.version()),
          p.status().name().toLowerCase(java.util.Locale.ROOT));
    }
    table.appendTo(out);
    int changes = 0;
    for (Event e : view.run().events()) {
      if (e instanceof Event.ProposalsMerged merged) {
        out.append("- **Merge**: ").append(view.name(merged.by())).append(" merged ")
            .append(String.join(" and ", merged.sources().stream().map(ProposalId::value).toList()))
            .append(" into ").append(merged.result()).append(" (").append(Md.date(merged.at()))
            .append("): ").append(merged.content().text()).append('\n');
        changes++;
      } else if (e instanceof Event.ProposalAmended amended) {
        out.append("- **Amendment**: ").append(view.name(amended.by())).append(" amended ")
            .append(amended.proposal()).append(" to version ").append(amended.version())
            .append(" (").append(Md.date(amended.at())).append("): ").append(amended.rationale())
            .append(" New text: ").append(amended.content().text()).append('\n');
        changes++;
      }
    }
    out.append(changes == 0 ? "No proposal was amended or merged.\n\n" : "\n");
  }

  /** What became of each proposal: the rounds' verdict and the owner's reasoned answer. */
  private void decisions() {
    out.append(HEADINGS[4]).append("\n\n");
    Md.Table table = new Md.Table("proposal", "authors' kinds", "verdict of its last round", "status", "owner's answer", "reasoning");
    for (ProposalId id : view.proposals()) {
      ProposalState p = view.proposal(id);
      Optional<RunView.Decided> decided = view.lastDecision(id);
      String verdict = decided.map(d -> d.decision().outcome().verdict().name().toLowerCase(java.util.Locale.ROOT)
              + " in round " + d.round())
          .orElse(p.mergedInto().map(into -> "merged into " + into).orElse("not deliberated"));
      Optional<Event.ProposalAnswered> answer = view.answer(id);
      table.row(id.value(), view.kinds(view.authors(id)), verdict,
          p.status().name().toLowerCase(java.util.Locale.ROOT),
          answer.map(a -> a.answer().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).orElse("none"),
          answer.map(Event.ProposalAnswered::reasoning).orElse(""));
    }
    table.appendTo(out);
    out.append("Objectives adopted:\n\n");
    for (Event.ObjectiveAdopted e : view.events(Event.ObjectiveAdopted.class)) {
      out.append("- **").append(e.objective()).append("**: ").append(e.title()).append(", from ")
          .append(String.join(", ", e.from().stream().map(ProposalId::value).toList()))
          .append(" (recorded by ").append(view.name(e.by())).append(")\n");
    }
    out.append('\n');
  }
}
