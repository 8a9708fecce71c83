package org.concertation.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.concertation.api.charter.Charter;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ProposalId;
import org.concertation.core.Charters;
import org.concertation.core.budget.BudgetElection;
import org.concertation.core.budget.BudgetRule;
import org.concertation.core.budget.Pabulib;
import org.concertation.core.budget.Project;
import org.concertation.core.choice.PlainBallots;
import org.concertation.core.choice.PrefLib;
import org.concertation.core.choice.Profile;
import org.concertation.core.choice.RankedBallot;
import org.concertation.core.choice.RankedRule;
import org.concertation.core.json.JsonCodec;
import org.concertation.core.text.Texts;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code concertation import FILE --rule RULE [options]}: turns the ballots of a real election into
 * a scenario file, printed on standard output, that {@code concertation run} runs through the state
 * machine.
 *
 * <p>A Pabulib file ({@code .pb}) becomes a participatory budget ({@link
 * Charters#participatoryBudget} with the file's budget as the envelope and the rule of the options,
 * those of {@code budget}): the organiser (project owner) opens the process, the file's projects
 * are proposals with their cost, submitted by one actor standing for their authors (the file does
 * not name them), each found feasible by the owner before the vote, as the charter asks; each voter
 * is an inhabitant who approves the projects of its ballot in the one budget round, which the owner
 * opens with every project on the agenda and closes. A file of rankings (PrefLib, or the plain
 * {@code COUNT: A > B} of {@code vote}) becomes a ranked round under the same grants, with the rule
 * and seats of the options, those of {@code vote}; its alternatives are the proposals, in the
 * file's order. Voters are numbered from 1 in the order of their ballots: the files' voter ids and
 * voters' data are not kept. What the file's voters approve or rank is cast as they cast it, so
 * that the round's adopted proposals are what {@code budget} or {@code vote} select on the file.
 *
 * <p>Exit codes: 0 written, 1 bad input (one {@code error:} line naming the file), 2 bad usage
 * (among them an option of the other family of rules). Nothing is written on an error.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Turn a Pabulib (.pb) or PrefLib file into a scenario file, printed on standard output,"
          + " that 'concertation run' runs.",
      "A .pb file becomes a participatory budget: its projects are proposals with their cost,"
          + " each voter an inhabitant approving in one budget round within the file's budget,"
          + " counted with the options of 'concertation budget'.",
      "A file of rankings becomes one ranked round, counted with the options of"
          + " 'concertation vote'."
    })
public final class ImportCommand implements Callable<Integer>, LanguageOptions.Localized {
  /** The identity of the organiser, the process's project owner, who opens and closes the round. */
  static final ActorId OWNER = ActorId.of("organiser");

  /** The identity of the actor standing for the proposals' authors, whom the files do not name. */
  static final ActorId AUTHORS = ActorId.of("authors");

  /** The voters' identities: this prefix and the voter's number, from 1. */
  static final String VOTER_PREFIX = "voter-";

  /**
   * The time between two commands: a second, so that the largest files (90,000 voters) vote within
   * two days.
   */
  static final String STEP = "PT1S";

  /** The name of the charter of a ranked round. */
  static final String RANKED_CHARTER = "ranked vote";

  /** The budgeting rules, which read a Pabulib file. */
  static final ImmutableList<String> BUDGET_RULES = ImmutableList.of("greedy", "mes", "phragmen");

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--rule",
      required = true,
      paramLabel = "RULE",
      description =
          "For a .pb file: greedy, mes or phragmen. For rankings: plurality, borda, copeland,"
              + " schulze, ranked-pairs, irv, kemeny, minimax or stv.")
  String rule = "";

  @CommandLine.Mixin BudgetOptions budget = new BudgetOptions();

  @CommandLine.Mixin VoteOptions choice = new VoteOptions();

  @CommandLine.Mixin LanguageOptions language = new LanguageOptions();

  @Parameters(index = "0", paramLabel = "FILE", description = "The Pabulib or PrefLib file.")
  @Nullable Path file;

  /** Creates the command; picocli fills its options. */
  public ImportCommand() {}

  @Override
  public Texts texts() {
    return language.texts();
  }

  @Override
  public Integer call() {
    Path input = Objects.requireNonNull(file);
    String text = Inputs.text(input);
    BallotFile kind = BallotFile.of(text);
    Texts texts = texts();
    ObjectNode scenario =
        kind == BallotFile.PABULIB
            ? budgetRound(input, text, texts)
            : rankedRound(input, text, kind, texts);
    PrintWriter out = spec.commandLine().getOut();
    write(scenario, out);
    out.flush();
    return CommandLine.ExitCode.OK;
  }

  // --- Pabulib: a participatory budget

  private ObjectNode budgetRound(Path input, String text, Texts texts) {
    refuseOptions(input, BallotFile.PABULIB, "--seats");
    if (VoteOptions.RULES.contains(rule.toLowerCase(Locale.ROOT))) {
      throw InputException.said(
          input,
          "cli.import.budget.only",
          BallotFile.PABULIB.describe(texts),
          rule,
          String.join(", ", BUDGET_RULES));
    }
    BudgetRule counting = budget.rule(spec, rule, texts);
    ImmutableMap<String, String> meta = Pabulib.meta(input);
    BudgetElection election = Pabulib.parse(input.toString(), new StringReader(text));
    BallotRule ballotRule = BudgetOptions.ballotRule(counting, election.budget());
    Charter.Builder charter =
        Charter.builder()
            .from(Charters.participatoryBudget(election.budget()))
            .ballotRules(ImmutableMap.of(1, ballotRule));
    currency(meta.get("currency")).ifPresent(charter::currency);
    String source = source(input, meta);
    ObjectNode scenario = head(input, source, charter.build(), texts);
    ArrayNode actors = scenario.putArray("actors");
    actors.add(owner(meta.getOrDefault("unit", ""), texts));
    actors.add(authors(texts));
    ArrayNode commands = scenario.putArray("commands");
    commands.add(command("AdvancePhase", OWNER));
    List<String> agenda = new ArrayList<>();
    for (Project project : election.projects()) {
      String id = proposalId(input, project.id());
      agenda.add(id);
      ObjectNode content = NODES.objectNode();
      content.put(
          "title",
          project.name().isBlank() ? texts.text("cli.import.project", id) : project.name());
      content.put("text", texts.text("cli.import.project.text", id, source));
      content.put("cost", Long.toString(project.cost()));
      ObjectNode submit = command("SubmitProposal", AUTHORS);
      submit.put("proposal", id);
      submit.set("content", content);
      commands.add(submit);
    }
    // the charter's owner answers each proposal on its feasibility before the vote: all that are
    // on a ballot were found feasible
    for (String id : agenda) {
      ObjectNode answer = command("AnswerProposal", OWNER);
      answer.put("proposal", id);
      answer.put("answer", "ACCEPTED");
      answer.put("reasoning", texts.text("cli.import.feasible", source));
      commands.add(answer);
    }
    openRound(commands, agenda);
    long voter = 0;
    for (Map.Entry<ImmutableSet<String>, Long> ballot : election.ballots().entrySet()) {
      ArrayNode approvals = NODES.arrayNode();
      ballot.getKey().forEach(approvals::add);
      for (long i = 0; i < ballot.getValue(); i++) {
        voter++;
        actors.add(voter(voter, texts));
        ObjectNode cast = command("CastBallot", voterId(voter));
        cast.set("approvals", approvals);
        commands.add(cast);
      }
    }
    commands.add(command("CloseRound", OWNER));
    return scenario;
  }

  private static java.util.Optional<Currency> currency(@Nullable String code) {
    if (code == null) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(Currency.getInstance(code.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty(); // not an ISO 4217 code: the charter names no currency
    }
  }

  /** What the file's META says it is, such as "Municipal PB in Warszawa 2026"; else its name. */
  private static String source(Path input, ImmutableMap<String, String> meta) {
    String description = meta.getOrDefault("description", "").strip();
    String instance = meta.getOrDefault("instance", "").strip();
    if (description.isEmpty()) {
      return fileName(input);
    }
    return instance.isEmpty() || description.contains(instance)
        ? description
        : description + " " + instance;
  }

  // --- rankings: a ranked round

  private ObjectNode rankedRound(Path input, String text, BallotFile kind, Texts texts) {
    refuseOptions(input, kind, BudgetOptions.NAMES);
    String name =
        BUDGET_RULES.contains(rule.toLowerCase(Locale.ROOT))
            ? rule.toLowerCase(Locale.ROOT)
            : choice.rule(spec, rule, texts);
    if (!VoteOptions.RANKED.contains(name)) {
      throw InputException.said(
          input,
          "cli.import.ranked.only",
          kind.describe(texts),
          name,
          String.join(", ", VoteOptions.RANKED));
    }
    Profile profile =
        kind == BallotFile.PREFLIB
            ? PrefLib.parse(input.toString(), new StringReader(text))
            : parseRanked(input, text);
    int seats = choice.seatsFor(input, profile.candidates().size());
    if (RankedRule.fromLabel(name) == RankedRule.KEMENY
        && profile.candidates().size() > RankedRule.KEMENY_LIMIT) {
      throw InputException.said(
          input, "cli.import.kemeny", profile.candidates().size(), RankedRule.KEMENY_LIMIT);
    }
    Charter charter =
        Charter.builder()
            .from(Charters.participatoryBudget(0))
            .name(RANKED_CHARTER)
            .ballotRules(ImmutableMap.of(1, BallotRule.ranked(name, seats)))
            .build();
    String source = fileName(input);
    ObjectNode scenario = head(input, source, charter, texts);
    ArrayNode actors = scenario.putArray("actors");
    actors.add(owner("", texts));
    actors.add(authors(texts));
    ArrayNode commands = scenario.putArray("commands");
    commands.add(command("AdvancePhase", OWNER));
    for (String candidate : profile.candidates()) {
      ObjectNode content = NODES.objectNode();
      content.put("title", candidate);
      content.put("text", texts.text("cli.import.candidate.text", candidate, source));
      ObjectNode submit = command("SubmitProposal", AUTHORS);
      submit.put("proposal", proposalId(input, candidate));
      submit.set("content", content);
      commands.add(submit);
    }
    openRound(commands, profile.candidates());
    long voter = 0;
    for (RankedBallot ballot : profile.ballots()) {
      if (ballot.tiers().isEmpty()) {
        // the machine refuses a ranking of nothing: the voter would mean to abstain
        throw InputException.said(input, "cli.import.empty.ranking", voter + 1);
      }
      ArrayNode ranking = NODES.arrayNode();
      for (ImmutableSet<String> tier : ballot.tiers()) {
        ArrayNode names = ranking.addArray();
        tier.forEach(names::add);
      }
      for (long i = 0; i < ballot.count(); i++) {
        voter++;
        actors.add(voter(voter, texts));
        ObjectNode cast = command("CastBallot", voterId(voter));
        cast.set("ranking", ranking);
        commands.add(cast);
      }
    }
    commands.add(command("CloseRound", OWNER));
    return scenario;
  }

  private static Profile parseRanked(Path input, String text) {
    try {
      return PlainBallots.parseRanked(input.toString(), new StringReader(text));
    } catch (IllegalArgumentException e) {
      throw InputException.of(input, String.valueOf(e.getMessage())).causedBy(e);
    }
  }

  // --- the parts of a scenario

  /** Options given that belong to the other family of rules are a usage error. */
  private void refuseOptions(Path input, BallotFile kind, String... names) {
    CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
    for (String option : names) {
      if (parsed.hasMatchedOption(option)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            texts().text("cli.import.option", option, input, kind.describe(texts())));
      }
    }
  }

  private ObjectNode head(Path input, String source, Charter charter, Texts texts) {
    ObjectNode scenario = NODES.objectNode();
    scenario.put("title", texts.text("cli.import.title", source, fileName(input)));
    scenario.put("stream", stream(input));
    scenario.set("charter", JsonCodec.create().toTree(charter));
    scenario.put("step", STEP);
    return scenario;
  }

  private static ObjectNode owner(String name, Texts texts) {
    ObjectNode owner = actor(OWNER, name.isBlank() ? texts.text("cli.import.owner") : name);
    owner.put("kind", "institution");
    owner.put("role", "PROJECT_OWNER");
    return owner;
  }

  private static ObjectNode authors(Texts texts) {
    ObjectNode authors = actor(AUTHORS, texts.text("cli.import.authors"));
    authors.put("kind", "inhabitant");
    return authors;
  }

  private static ObjectNode voter(long number, Texts texts) {
    ObjectNode voter = actor(voterId(number), texts.text("cli.import.voter", number));
    voter.put("kind", "inhabitant");
    return voter;
  }

  private static ObjectNode actor(ActorId id, String name) {
    ObjectNode actor = NODES.objectNode();
    actor.put("id", id.value());
    actor.put("name", name);
    return actor;
  }

  private static ActorId voterId(long number) {
    return ActorId.of(VOTER_PREFIX + number);
  }

  private static ObjectNode command(String type, ActorId by) {
    ObjectNode command = NODES.objectNode();
    command.put("type", type);
    command.put("by", by.value());
    return command;
  }

  /**
   * The owner moves to negotiation and opens the round with every proposal, in the file's order.
   */
  private static void openRound(ArrayNode commands, List<String> agenda) {
    commands.add(command("AdvancePhase", OWNER));
    ObjectNode open = command("OpenRound", OWNER);
    ArrayNode ids = open.putArray("agenda");
    agenda.forEach(ids::add);
    commands.add(open);
  }

  /** A project or alternative of the file as a proposal's identity. */
  private String proposalId(Path input, String id) {
    try {
      return ProposalId.of(id).value();
    } catch (IllegalArgumentException e) {
      throw InputException.said(input, "cli.import.id", id, String.valueOf(e.getMessage()))
          .causedBy(e);
    }
  }

  private static String fileName(Path input) {
    return String.valueOf(input.getFileName());
  }

  /** The stream: the file's name without its extension. */
  private static String stream(Path input) {
    String name = fileName(input);
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return stem.isBlank() ? "import" : stem.strip();
  }

  /**
   * Writes the scenario as the samples are laid out: one field a line, and in the arrays one actor
   * or command a line.
   */
  static void write(ObjectNode scenario, PrintWriter out) {
    JsonCodec codec = JsonCodec.create();
    out.print("{");
    String separator = "\n";
    for (Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> field :
        ImmutableList.copyOf(scenario.fields())) {
      out.print(separator);
      separator = ",\n";
      out.print("  " + codec.text(NODES.textNode(field.getKey())) + ": ");
      com.fasterxml.jackson.databind.JsonNode value = field.getValue();
      if (value.isArray()) {
        out.print("[");
        String inner = "\n";
        for (com.fasterxml.jackson.databind.JsonNode element : value) {
          out.print(inner);
          inner = ",\n";
          out.print("    " + codec.text(element));
        }
        out.print(value.isEmpty() ? "]" : "\n  ]");
      } else {
        out.print(codec.text(value));
      }
    }
    out.print("\n}\n");
  }
}
