package org.concertation.examples.demo;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.decision.BudgetTerms;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.AnswerKind;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.Competence;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.event.BallotOutcome;
import org.concertation.core.ballot.BallotCount;
import org.concertation.core.ballot.BallotRounds;
import org.concertation.core.ballot.Recount;
import org.concertation.core.budget.BudgetOutcome;
import org.concertation.core.budget.BudgetRule;
import org.concertation.core.history.AnswerFact;
import org.concertation.core.history.ObjectiveFact;
import org.concertation.core.history.ParticipantFact;
import org.concertation.core.history.PhaseChange;
import org.concertation.core.history.ProposalHistory;
import org.concertation.core.history.RoundFact;
import org.concertation.core.history.VersionFact;
import org.jspecify.annotations.Nullable;

/**
 * The readable account of the participatory budget, in Markdown, told from its history: a title,
 * then {@code ## The envelope and the rule}, {@code ## Participants}, {@code ## Projects}, {@code
 * ## The vote}, {@code ## Equal Shares}, {@code ## What greedy would have funded}, {@code ##
 * Decisions} and {@code ## Actions} (in English; the French account has the same sections in
 * French).
 *
 * <p>Every figure is read from the events: the envelope and the rule from the round's opening, the
 * ballots from the round, the selection from the round's close and the rule's own tally (the round
 * counted again, exactly as it closed), and what greedy would have funded from a {@link Recount} of
 * the very same ballots.
 */
final class BudgetAccount {
  /** The label of the rule the recount compares with: greedy, by approvals. */
  static final String GREEDY = "greedy";

  /** The section headings' keys, in order, after the title. */
  static final ImmutableList<String> HEADINGS =
      ImmutableList.of(
          "demo.budget.heading.rule",
          "demo.budget.heading.inhabitants",
          "demo.budget.heading.projects",
          "demo.budget.heading.vote",
          "demo.budget.heading.shares",
          "demo.budget.heading.greedy",
          "demo.budget.heading.decisions",
          "demo.heading.actions");

  private final RunView view;
  private final RoundFact round;
  private final BallotRule rule;
  private final BallotOutcome outcome;
  private final BudgetOutcome shares;
  private final Recount greedy;
  private final StringBuilder out = new StringBuilder();

  private BudgetAccount(RunView view) {
    this.view = view;
    this.round =
        view.history().ballotRounds().stream()
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("The budget held no ballot round"));
    this.rule = round.ballotRule().orElseThrow();
    this.outcome =
        round
            .ballotOutcome()
            .orElseThrow(() -> new IllegalStateException("The budget's round did not close"));
    BallotCount count = BallotRounds.recount(view.events(), round.number());
    this.shares = count.budget().orElseThrow();
    this.greedy =
        Recount.of(
            view.charter(),
            view.events(),
            round.number(),
            BallotRule.budget(GREEDY, terms().envelope()));
  }

  /** The account of a run of the budget, in the view's language. */
  static String of(RunView view) {
    BudgetAccount account = new BudgetAccount(view);
    account.title();
    account.envelope();
    account.inhabitants();
    account.projects();
    account.vote();
    account.equalShares();
    account.whatGreedyWouldHaveFunded();
    account.decisions();
    new OutcomesSection(view).actions(account.out);
    account.closing();
    return account.out.toString();
  }

  private BudgetTerms terms() {
    return rule.budget().orElseThrow();
  }

  private void para(String key, Object... args) {
    out.append(view.text(key, args)).append("\n\n");
  }

  private Md.Table table(String... columns) {
    String[] headers = new String[columns.length];
    for (int i = 0; i < columns.length; i++) {
      headers[i] = view.text("demo.budget.column." + columns[i]);
    }
    return new Md.Table(headers);
  }

  private String money(long amount) {
    return view.number(BigDecimal.valueOf(amount));
  }

  private String money(BigDecimal amount) {
    return view.number(amount);
  }

  private String percent(long part, long whole) {
    NumberFormat format = NumberFormat.getPercentInstance(view.texts().locale());
    return format.format(whole == 0 ? 0 : (double) part / whole);
  }

  /** A step of the voters' shares as the rule writes it, {@code 1%} or an amount, in words. */
  private String step(String step) {
    return step.endsWith("%")
        ? view.text("demo.budget.percent", new BigDecimal(step.substring(0, step.length() - 1)))
        : money(new BigDecimal(step));
  }

  private void title() {
    para("demo.budget.title", Territory.TOWN);
    para("demo.budget.summary");
    para(
        "demo.charter",
        view.text("demo.budget.charter"),
        view.history().size(),
        view.date(view.history().firstAt().orElseThrow()),
        view.date(view.history().lastAt().orElseThrow()),
        view.words(view.history().phase()));
  }

  /** The envelope the owner gives, and the rule that spends it. */
  private void envelope() {
    para("demo.budget.heading.rule");
    BudgetTerms terms = terms();
    para(
        "demo.budget.envelope",
        view.name(view.history().participants().get(0).id()),
        money(terms.envelope()));
    String completion =
        terms.increment().isPresent()
            ? view.text("demo.budget.rule.increment", step(terms.increment().get()))
            : "";
    if (terms.greedyCompletion()) {
      completion += view.text("demo.budget.rule.greedy");
    }
    para(
        "demo.budget.rule",
        view.text("demo.budget.method." + rule.label()),
        view.text("demo.budget.utility." + terms.utility()),
        completion);
  }

  /** The voters, by neighbourhood. */
  private void inhabitants() {
    para("demo.budget.heading.inhabitants");
    Md.Table table = table("actor", "kind", "role", "college", "declares");
    for (ParticipantFact p : view.history().participants()) {
      table.row(
          view.personal(p.actor().name()),
          view.kindName(p.actor().kind()),
          view.words(p.role()),
          p.college().map(view::college).orElse(view.text("demo.college.none")),
          view.list(p.actor().competences().stream().map(Competence::name).toList()));
    }
    table.appendTo(out);
  }

  /** Who proposed what, at what cost, and the owner's answer on feasibility. */
  private void projects() {
    para("demo.budget.heading.projects");
    Md.Table table =
        table("proposal", "title", "authors", "college", "cost", "answer", "reasoning");
    List<VersionFact> amendments = new ArrayList<>();
    for (ProposalHistory p : view.proposals()) {
      Optional<AnswerFact> answer = p.answer();
      table.row(
          p.id().value(),
          view.personal(p.current().title()),
          view.names(p.authors()),
          colleges(p.authors()),
          p.current().cost().map(this::money).orElse(view.text("demo.none")),
          answer
              .map(a -> view.text("demo.budget.answer." + a.kind().name()))
              .orElse(view.text("demo.answer.none")),
          answer.map(a -> view.personal(a.reasoning())).orElse(""));
      amendments.addAll(p.amendments());
    }
    table.appendTo(out);
    for (VersionFact a : amendments) {
      out.append(
              view.text(
                  "demo.budget.amendment",
                  view.date(a.stamp().at()),
                  view.name(a.stamp().by()),
                  a.proposal().value(),
                  money(a.content().cost().orElse(BigDecimal.ZERO)),
                  view.personal(a.rationale().orElseThrow())))
          .append('\n');
    }
    if (!amendments.isEmpty()) {
      out.append('\n');
    }
  }

  /** The neighbourhoods of some actors, in the charter's order of registration. */
  private String colleges(List<ActorId> actors) {
    return view.list(
        actors.stream()
            .map(view::member)
            .flatMap(m -> m.college().stream())
            .distinct()
            .map(view::college)
            .toList());
  }

  /** The ballot, its turnout by college, and the approvals each project received. */
  private void vote() {
    para("demo.budget.heading.vote");
    List<ProposalId> agenda = round.opening().agenda();
    List<String> offBallot =
        view.proposals().stream()
            .filter(p -> !agenda.contains(p.id()))
            .map(p -> p.id().value())
            .toList();
    para(
        "demo.budget.round",
        round.number(),
        view.date(round.opening().stamp().at()),
        view.name(round.opening().stamp().by()),
        agenda.size(),
        offBallot.isEmpty() ? view.text("demo.none") : view.list(offBallot));
    ImmutableMap<ActorId, Ballot> ballots = round.countedBallots();
    Md.Table turnout = table("college", "voters", "ballots", "turnout");
    Map<CollegeId, long[]> byCollege = new LinkedHashMap<>();
    for (ParticipantFact p : view.history().participants()) {
      if (p.college().isPresent()) {
        long[] counts = byCollege.computeIfAbsent(p.college().get(), c -> new long[2]);
        counts[0]++;
        counts[1] += ballots.containsKey(p.id()) ? 1 : 0;
      }
    }
    long voters = 0;
    for (Map.Entry<CollegeId, long[]> e : byCollege.entrySet()) {
      long[] counts = e.getValue();
      voters += counts[0];
      turnout.row(
          view.college(e.getKey()),
          String.valueOf(counts[0]),
          String.valueOf(counts[1]),
          percent(counts[1], counts[0]));
    }
    turnout.row(
        view.text("demo.budget.all"),
        String.valueOf(voters),
        String.valueOf(ballots.size()),
        percent(ballots.size(), voters));
    turnout.appendTo(out);
    Md.Table approvals = table("proposal", "cost", "approvals", "by.college");
    for (ProposalId id : agenda) {
      Map<CollegeId, Integer> counts = new LinkedHashMap<>();
      byCollege.keySet().forEach(c -> counts.put(c, 0));
      int total = 0;
      for (Map.Entry<ActorId, Ballot> b : ballots.entrySet()) {
        if (b.getValue().proposals().contains(id)) {
          total++;
          view.member(b.getKey()).college().ifPresent(c -> counts.merge(c, 1, Integer::sum));
        }
      }
      approvals.row(
          id.value(),
          cost(id),
          String.valueOf(total),
          String.join(
              view.text("demo.college.separator"),
              counts.entrySet().stream()
                  .map(
                      e -> view.text("demo.college.counts", view.college(e.getKey()), e.getValue()))
                  .toList()));
    }
    approvals.appendTo(out);
  }

  private String cost(ProposalId id) {
    return proposal(id).current().cost().map(this::money).orElse(view.text("demo.none"));
  }

  private ProposalHistory proposal(ProposalId id) {
    return view.history().proposal(id).orElseThrow();
  }

  /** How Equal Shares spent the envelope: each voter's share, the rounds, the completion. */
  private void equalShares() {
    para("demo.budget.heading.shares");
    Map<String, Object> details = shares.details();
    long voters = ((Number) requireNonNull(details.get("voters"))).longValue();
    para(
        "demo.budget.shares.start",
        voters,
        money(terms().envelope()),
        money(BigDecimal.valueOf(terms().envelope()).divide(BigDecimal.valueOf(voters))));
    Object increment = details.get("increment");
    if (increment instanceof Map<?, ?> steps) {
      long count = ((Number) requireNonNull(steps.get("steps"))).longValue();
      para(
          "demo.budget.shares.increment",
          count,
          money(new BigDecimal(String.valueOf(steps.get("stepPerVoter")))),
          step(String.valueOf(steps.get("step"))),
          money(new BigDecimal(String.valueOf(details.get("budgetPerVoter")))),
          view.text(
              BudgetRule.STOP_EXHAUSTIVE.equals(steps.get("stop"))
                  ? "demo.budget.stop.exhaustive"
                  : "demo.budget.stop.overspend"));
    }
    Md.Table table = table("step", "proposal", "cost", "supporters", "pays");
    Object rounds = details.get("rounds");
    if (rounds instanceof List<?> list) {
      for (Object r : list) {
        Map<?, ?> step = (Map<?, ?>) r;
        table.row(
            String.valueOf(step.get("round")),
            String.valueOf(step.get("project")),
            money(((Number) requireNonNull(step.get("cost"))).longValue()),
            String.valueOf(step.get("supporters")),
            money(new BigDecimal(String.valueOf(step.get("pricePerSupporter")))));
      }
    }
    table.appendTo(out);
    Object completion = details.get("completion");
    if (completion instanceof List<?> list) {
      long funded =
          list.stream().filter(s -> Boolean.TRUE.equals(((Map<?, ?>) s).get("selected"))).count();
      para("demo.budget.shares.completion", funded);
    }
    para(
        "demo.budget.funded",
        view.list(outcome.chosen().stream().map(ProposalId::value).toList()),
        money(shares.cost()),
        money(shares.budget()));
  }

  /** The same ballots counted by greedy, beside Equal Shares, and what each neighbourhood got. */
  private void whatGreedyWouldHaveFunded() {
    para("demo.budget.heading.greedy");
    BudgetOutcome byVotes = greedy.count().budget().orElseThrow();
    para(
        "demo.budget.greedy.intro",
        view.list(byVotes.selected()),
        money(byVotes.cost()),
        money(byVotes.budget()));
    Md.Table table = table("proposal", "college", "cost", "approvals", "shares", "greedy");
    ImmutableMap<ActorId, Ballot> ballots = round.countedBallots();
    for (ProposalId id : round.opening().agenda()) {
      long approvals = ballots.values().stream().filter(b -> b.proposals().contains(id)).count();
      table.row(
          id.value(),
          colleges(proposal(id).authors()),
          cost(id),
          String.valueOf(approvals),
          view.text(
              shares.selected().contains(id.value())
                  ? "demo.budget.funded.yes"
                  : "demo.budget.funded.no"),
          view.text(
              byVotes.selected().contains(id.value())
                  ? "demo.budget.funded.yes"
                  : "demo.budget.funded.no"));
    }
    table.appendTo(out);
    // Equal Shares gives every voter the same part of the envelope: a college's voters hold it
    // together, and the money that goes to its projects can be set beside it.
    Md.Table colleges = table("college", "ballots", "share", "shares.money", "greedy.money");
    Map<CollegeId, Integer> cast = new LinkedHashMap<>();
    for (ParticipantFact p : view.history().participants()) {
      p.college().ifPresent(c -> cast.merge(c, ballots.containsKey(p.id()) ? 1 : 0, Integer::sum));
    }
    for (Map.Entry<CollegeId, Integer> e : cast.entrySet()) {
      colleges.row(
          view.college(e.getKey()),
          String.valueOf(e.getValue()),
          money(
              BigDecimal.valueOf(terms().envelope())
                  .multiply(BigDecimal.valueOf(e.getValue()))
                  .divide(BigDecimal.valueOf(ballots.size()))),
          money(fundedFrom(e.getKey(), shares.selected())),
          money(fundedFrom(e.getKey(), byVotes.selected())));
    }
    colleges.row(
        view.text("demo.budget.shared"),
        view.text("demo.none"),
        view.text("demo.none"),
        money(fundedFrom(null, shares.selected())),
        money(fundedFrom(null, byVotes.selected())));
    colleges.appendTo(out);
    para("demo.budget.greedy.note");
  }

  /**
   * The cost of the funded projects proposed from one college alone; with no college, of those
   * whose authors come from several.
   */
  private long fundedFrom(@Nullable CollegeId college, List<String> funded) {
    long sum = 0;
    for (String id : funded) {
      ProposalHistory p = proposal(ProposalId.of(id));
      List<CollegeId> from =
          p.authors().stream()
              .map(view::member)
              .flatMap(m -> m.college().stream())
              .distinct()
              .toList();
      boolean counts = college == null ? from.size() > 1 : from.equals(List.of(college));
      if (counts) {
        sum += BallotCount.wholeCost(p.current()).orElse(0);
      }
    }
    return sum;
  }

  /** What became of each project, and the objectives the funded ones became. */
  private void decisions() {
    para("demo.budget.heading.decisions");
    Md.Table table = table("proposal", "result", "status");
    for (ProposalHistory p : view.proposals()) {
      ProposalStatus after = outcome.statuses().get(p.id());
      String result;
      if (after == null) {
        result =
            view.text(
                p.answer().map(a -> a.kind() == AnswerKind.DECLINED).orElse(false)
                    ? "demo.budget.result.infeasible"
                    : "demo.budget.result.absent");
      } else {
        result =
            view.text(
                after == ProposalStatus.ADOPTED
                    ? "demo.budget.result.funded"
                    : "demo.budget.result.unfunded",
                round.number());
      }
      table.row(p.id().value(), result, view.words(p.status()));
    }
    table.appendTo(out);
    para("demo.objectives");
    for (ObjectiveFact o : view.history().objectives()) {
      out.append(
              view.text(
                  "demo.objective",
                  o.id().value(),
                  o.title(),
                  view.list(o.from()),
                  view.name(o.stamp().by())))
          .append('\n');
    }
    out.append('\n');
  }

  private void closing() {
    view.history()
        .ending()
        .filter(end -> end.kind() == PhaseChange.Kind.CLOSED)
        .ifPresent(
            end ->
                out.append(
                        view.text(
                            "demo.closed",
                            view.date(end.stamp().at()),
                            view.name(end.stamp().by()),
                            view.personal(end.statement())))
                    .append('\n'));
  }
}
