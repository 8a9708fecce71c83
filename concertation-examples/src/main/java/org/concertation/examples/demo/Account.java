package org.concertation.examples.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ActorKind;
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

  /** The account of a run, in English with dates in UTC. */
  static String of(DemoRun run) {
    return of(new RunView(run));
  }

  /** The account of a run, in the view's language. */
  static String of(RunView view) {
    Account account = new Account(view);
    account.title();
    account.actors();
    account.diagnosis();
    account.proposals();
    new Prospective(view).assessment(account.out);
    new RoundsSection(view).appendTo(account.out);
    account.decisions();
    new OutcomesSection(view).appendTo(account.out);
    return account.out.toString();
  }

  /** Appends a line of the account's bundle. */
  private void line(String key, Object... args) {
    out.append(view.text(key, args)).append('\n');
  }

  /** Appends a paragraph of the account's bundle: the line, then a blank line. */
  private void para(String key, Object... args) {
    out.append(view.text(key, args)).append("\n\n");
  }

  private Md.Table table(String... columns) {
    return new Md.Table(
        java.util.Arrays.stream(columns)
            .map(c -> view.text("demo.column." + c))
            .toArray(String[]::new));
  }

  private void title() {
    Logic logic = view.run().logic();
    ProcessHistory history = view.history();
    para("demo.title", Territory.TOWN, view.text("demo.logic." + logic.name()));
    para("demo.summary." + logic.name());
    para(
        "demo.charter",
        // the ready-made charter's name is the logic's, said in the account's language
        view.text("demo.logic." + logic.name()),
        history.size(),
        view.date(history.firstAt().orElseThrow()),
        view.date(history.lastAt().orElseThrow()),
        view.words(history.phase()));
  }

  /** Who takes part, with which role, in which college, and how they came in. */
  private void actors() {
    para("demo.heading.actors");
    Md.Table table = table("actor", "kind", "role", "college", "came", "declares");
    for (ParticipantFact p : view.history().participants()) {
      table.row(
          view.personal(p.actor().name()),
          view.kindName(p.actor().kind()),
          view.words(p.role()),
          p.college().map(view::college).orElse(view.text("demo.college.none")),
          p.joinedByItself()
              ? view.text("demo.came.itself")
              : view.text("demo.came.registered", view.name(p.registered().by())),
          view.list(p.actor().competences().stream().map(Competence::name).toList()));
    }
    table.appendTo(out);
  }

  /** Who contributed what, and which stakes came out of it. */
  private void diagnosis() {
    para("demo.heading.diagnosis");
    List<ContributionFact> contributions = view.history().contributions();
    Map<ActorKind, Integer> byKind = new TreeMap<>();
    contributions.forEach(c -> byKind.merge(view.kind(c.stamp().by()), 1, Integer::sum));
    // whether the diagnosis is shared is the state machine's rule, asked of its final state
    para(
        "demo.diagnosis.counts",
        contributions.size(),
        view.list(
            byKind.entrySet().stream()
                .map(e -> view.text("demo.diagnosis.kind", view.kindName(e.getKey()), e.getValue()))
                .toList()),
        view.list(view.charter().diagnosisKinds().stream().map(view::kindName).toList()),
        view.text(
            view.state().diagnosisShared()
                ? "demo.diagnosis.shared"
                : "demo.diagnosis.not.shared"));
    for (ContributionFact c : contributions) {
      String stakes =
          c.stakes().isEmpty() ? "" : view.text("demo.contribution.stakes", view.list(c.stakes()));
      ActorId by = c.stamp().by();
      line(
          "demo.contribution",
          view.name(by),
          view.kindName(view.kind(by)),
          view.personal(c.text()),
          stakes);
    }
    out.append('\n');
    Md.Table stakes = table("stake", "title", "identified", "validated");
    for (StakeFact s : view.history().stakes()) {
      ActorId by = s.identified().by();
      stakes.row(
          s.id().value(),
          s.title(),
          view.text("demo.name.kind", view.name(by), view.kindName(view.kind(by))),
          view.text(s.validated().isPresent() ? "demo.yes" : "demo.no"));
    }
    stakes.appendTo(out);
  }

  /** Every proposal, its authors and its history: merges and amendments, in order. */
  private void proposals() {
    para("demo.heading.proposals");
    Md.Table table =
        table("proposal", "current", "authors", "kinds", "stakes", "cost", "version", "status");
    List<Change> changes = new ArrayList<>();
    for (ProposalHistory p : view.proposals()) {
      ProposalContent content = p.current();
      table.row(
          p.id().value(),
          view.personal(content.title()),
          view.names(p.authors()),
          view.kinds(p.authors()),
          view.list(content.stakes()),
          content.cost().map(view::number).orElse(view.text("demo.none")),
          String.valueOf(p.version()),
          view.words(p.status()));
      p.mergedFrom().ifPresent(m -> changes.add(merge(m)));
      p.amendments().forEach(a -> changes.add(amendment(a)));
    }
    table.appendTo(out);
    changes.sort(Comparator.comparingInt(Change::index));
    changes.forEach(c -> out.append(c.line()).append('\n'));
    if (changes.isEmpty()) {
      para("demo.no.change");
    } else {
      out.append('\n');
    }
  }

  /** A change to the proposals, with its place in the history. */
  private record Change(int index, String line) {}

  private Change merge(MergeFact m) {
    return new Change(
        m.stamp().index(),
        view.text(
            "demo.merge",
            view.date(m.stamp().at()),
            view.name(m.stamp().by()),
            String.join(
                view.text("demo.merge.and"), m.sources().stream().map(ProposalId::value).toList()),
            m.result().value(),
            view.personal(m.content().text())));
  }

  private Change amendment(VersionFact a) {
    return new Change(
        a.stamp().index(),
        view.text(
            "demo.amendment",
            view.date(a.stamp().at()),
            view.name(a.stamp().by()),
            a.proposal().value(),
            a.number(),
            view.personal(a.rationale().orElseThrow()),
            view.personal(a.content().text())));
  }

  /** What became of each proposal: the rounds' verdict and the owner's reasoned answer. */
  private void decisions() {
    para("demo.heading.decisions");
    Md.Table table = table("proposal", "authors.kinds", "verdict", "status", "answer", "reasoning");
    for (ProposalHistory p : view.proposals()) {
      String verdict =
          p.lastDecision()
              .map(d -> view.text("demo.verdict.round", view.words(d.verdict()), d.round()))
              .or(
                  () ->
                      p.mergedInto()
                          .map(into -> view.text("demo.verdict.merged", into.result().value())))
              .orElse(view.text("demo.verdict.none"));
      Optional<AnswerFact> answer = p.answer();
      table.row(
          p.id().value(),
          view.kinds(p.authors()),
          verdict,
          view.words(p.status()),
          answer.map(a -> view.words(a.kind())).orElse(view.text("demo.answer.none")),
          answer.map(a -> view.personal(a.reasoning())).orElse(""));
    }
    table.appendTo(out);
    para("demo.objectives");
    for (ObjectiveFact o : view.history().objectives()) {
      line(
          "demo.objective",
          o.id().value(),
          o.title(),
          view.list(o.from()),
          view.name(o.stamp().by()));
    }
    out.append('\n');
  }
}
