package org.concertation.core.json;

import static com.google.common.base.Preconditions.checkArgument;
import static org.concertation.core.json.Mappings.BOOLEAN;
import static org.concertation.core.json.Mappings.DECIMAL;
import static org.concertation.core.json.Mappings.INSTANT;
import static org.concertation.core.json.Mappings.INT;
import static org.concertation.core.json.Mappings.INT_KEY;
import static org.concertation.core.json.Mappings.LONG;
import static org.concertation.core.json.Mappings.NODES;
import static org.concertation.core.json.Mappings.STRING;
import static org.concertation.core.json.Mappings.enumeration;
import static org.concertation.core.json.Mappings.keyOf;
import static org.concertation.core.json.Mappings.list;
import static org.concertation.core.json.Mappings.listOf;
import static org.concertation.core.json.Mappings.map;
import static org.concertation.core.json.Mappings.member;
import static org.concertation.core.json.Mappings.optional;
import static org.concertation.core.json.Mappings.record;
import static org.concertation.core.json.Mappings.required;
import static org.concertation.core.json.Mappings.set;
import static org.concertation.core.json.Mappings.simple;
import static org.concertation.core.json.Mappings.text;
import static org.concertation.core.json.Mappings.withDefault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.concertation.api.charter.Activity;
import org.concertation.api.charter.Charter;
import org.concertation.api.charter.Grant;
import org.concertation.api.command.Command;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.decision.BudgetTerms;
import org.concertation.api.decision.CollegeTally;
import org.concertation.api.decision.DecisionRule;
import org.concertation.api.decision.Electorate;
import org.concertation.api.decision.Fraction;
import org.concertation.api.decision.GradeScale;
import org.concertation.api.decision.Grounds;
import org.concertation.api.decision.Method;
import org.concertation.api.decision.Outcome;
import org.concertation.api.decision.Quorum;
import org.concertation.api.decision.Tally;
import org.concertation.api.decision.TieBreak;
import org.concertation.api.decision.Verdict;
import org.concertation.api.domain.Action;
import org.concertation.api.domain.ActionId;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.Amendment;
import org.concertation.api.domain.AnswerKind;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.College;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.Commitment;
import org.concertation.api.domain.Competence;
import org.concertation.api.domain.Contribution;
import org.concertation.api.domain.Criterion;
import org.concertation.api.domain.CriterionId;
import org.concertation.api.domain.DeadlineTarget;
import org.concertation.api.domain.EffectTarget;
import org.concertation.api.domain.Indicator;
import org.concertation.api.domain.IndicatorId;
import org.concertation.api.domain.Merge;
import org.concertation.api.domain.Naming;
import org.concertation.api.domain.Objective;
import org.concertation.api.domain.ObjectiveId;
import org.concertation.api.domain.PanelDrawRecord;
import org.concertation.api.domain.PersonalText;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.Position;
import org.concertation.api.domain.Proposal;
import org.concertation.api.domain.ProposalContent;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.domain.Rating;
import org.concertation.api.domain.Resource;
import org.concertation.api.domain.ResourceKind;
import org.concertation.api.domain.Role;
import org.concertation.api.domain.Stake;
import org.concertation.api.domain.StakeId;
import org.concertation.api.domain.Stance;
import org.concertation.api.event.AssessmentResult;
import org.concertation.api.event.BallotOutcome;
import org.concertation.api.event.Event;
import org.concertation.api.event.RoundDecision;
import org.concertation.core.decision.PositionRules;
import org.concertation.core.history.ProcessSummary;
import org.concertation.core.json.Mappings.Family;
import org.concertation.core.json.Mappings.Field;
import org.concertation.core.json.Mappings.RecordMapping;

/**
 * The mapping of the api's types, written out by hand: for every record the key under which each
 * component is stored, so that renaming a component in Java cannot change the stored format (the
 * golden files of the tests would refuse it). The reference of the mapping is {@code mapping.md}
 * beside this package's classes.
 */
final class TreeMapper {
  // ---------------------------------------------------------------- enums

  static final Mapping<Phase> PHASE = enumeration(Phase.values());
  static final Mapping<Role> ROLE = enumeration(Role.values());
  static final Mapping<Stance> STANCE = enumeration(Stance.values());
  static final Mapping<AnswerKind> ANSWER_KIND = enumeration(AnswerKind.values());
  static final Mapping<ProposalStatus> PROPOSAL_STATUS = enumeration(ProposalStatus.values());
  static final Mapping<ResourceKind> RESOURCE_KIND = enumeration(ResourceKind.values());
  static final Mapping<Activity> ACTIVITY = enumeration(Activity.values());
  static final Mapping<Method> METHOD = enumeration(Method.values());
  static final Mapping<TieBreak> TIE_BREAK = enumeration(TieBreak.values());
  static final Mapping<Verdict> VERDICT = enumeration(Verdict.values());
  static final Mapping<BallotRule.Kind> BALLOT_RULE_KIND = enumeration(BallotRule.Kind.values());
  // consent: how the public record may show an actor
  static final Mapping<Naming> NAMING = enumeration(Naming.values());

  // ---------------------------------------------------------------- single strings

  static final Mapping<ActionId> ACTION_ID = text("ActionId", ActionId::new, ActionId::value);
  static final Mapping<ActorId> ACTOR_ID = text("ActorId", ActorId::new, ActorId::value);
  static final Mapping<ActorKind> ACTOR_KIND = text("ActorKind", ActorKind::new, ActorKind::name);
  static final Mapping<CollegeId> COLLEGE_ID = text("CollegeId", CollegeId::new, CollegeId::value);
  static final Mapping<Competence> COMPETENCE =
      text("Competence", Competence::new, Competence::name);
  static final Mapping<CriterionId> CRITERION_ID =
      text("CriterionId", CriterionId::new, CriterionId::value);
  static final Mapping<IndicatorId> INDICATOR_ID =
      text("IndicatorId", IndicatorId::new, IndicatorId::value);
  static final Mapping<ObjectiveId> OBJECTIVE_ID =
      text("ObjectiveId", ObjectiveId::new, ObjectiveId::value);
  static final Mapping<ProposalId> PROPOSAL_ID =
      text("ProposalId", ProposalId::new, ProposalId::value);
  static final Mapping<StakeId> STAKE_ID = text("StakeId", StakeId::new, StakeId::value);

  /** A currency by its ISO 4217 code, such as {@code EUR}. */
  static final Mapping<Currency> CURRENCY =
      text("Currency", TreeMapper::currency, Currency::getCurrencyCode);

  private static Currency currency(String code) {
    // only ISO 4217 codes, in upper case: Currency would also take other strings in some JDKs
    checkArgument(
        code.matches("[A-Z]{3}")
            && Currency.getAvailableCurrencies().stream()
                .anyMatch(c -> c.getCurrencyCode().equals(code)),
        "Invalid currency '%s': expected an ISO 4217 code such as EUR",
        code);
    return Currency.getInstance(code);
  }

  // personal: personal values

  /**
   * A personal value: a present text as a JSON string, as before personal values had a type; an
   * erased one (only its digest left) as {@code {"digest":"<64 hex digits>"}}. A salt is never
   * written here: stores keep it apart ({@code org.concertation.core.personal}).
   */
  static final Mapping<PersonalText> PERSONAL =
      simple("a string", TreeMapper::writePersonal, TreeMapper::readPersonal);

  private static final String DIGEST = "digest";

  private static JsonNode writePersonal(PersonalText value) {
    if (!value.isErased()) {
      return NODES.textNode(value.orElse(""));
    }
    ObjectNode node = NODES.objectNode();
    node.put(DIGEST, value.digest().orElseThrow());
    return node;
  }

  private static PersonalText readPersonal(JsonNode node, String path) {
    if (node.isTextual()) {
      return PersonalText.of(node.textValue());
    }
    String expected = "a string, or an object {\"digest\": ...} for an erased value";
    Mappings.expect(node.isObject() && node.path(DIGEST).isTextual(), node, expected, path);
    try {
      return PersonalText.erased(node.path(DIGEST).textValue());
    } catch (IllegalArgumentException e) {
      throw Mappings.refused("PersonalText", path + "." + DIGEST, e);
    }
  }

  // ---------------------------------------------------------------- decision values

  static final RecordMapping<Fraction> FRACTION =
      record(
          "Fraction",
          required("numerator", LONG, Fraction::numerator),
          required("denominator", LONG, Fraction::denominator),
          Fraction::new);

  static final RecordMapping<Quorum> QUORUM =
      record(
          "Quorum",
          required("overall", FRACTION, Quorum::overall),
          required("perCollege", FRACTION, Quorum::perCollege),
          Quorum::new);

  static final RecordMapping<DecisionRule> DECISION_RULE =
      record(
          "DecisionRule",
          required("method", METHOD, DecisionRule::method),
          required("threshold", FRACTION, DecisionRule::threshold),
          required("objectionsBlock", BOOLEAN, DecisionRule::objectionsBlock),
          required("quorum", QUORUM, DecisionRule::quorum),
          required("tieBreak", TIE_BREAK, DecisionRule::tieBreak),
          DecisionRule::new);

  static final RecordMapping<Position> POSITION =
      record(
          "Position",
          required("actor", ACTOR_ID, Position::actor),
          required("stance", STANCE, Position::stance),
          optional("reason", PERSONAL, Position::reason),
          Position::new);

  static final RecordMapping<CollegeTally> COLLEGE_TALLY =
      record(
          "CollegeTally",
          required("eligible", INT, CollegeTally::eligible),
          required("weight", INT, CollegeTally::weight),
          map("counts", keyOf(STANCE), INT, CollegeTally::counts),
          required("share", FRACTION, CollegeTally::share),
          CollegeTally::new);

  static final RecordMapping<Tally> TALLY =
      record(
          "Tally",
          required("eligible", INT, Tally::eligible),
          map("counts", keyOf(STANCE), INT, Tally::counts),
          map("colleges", keyOf(COLLEGE_ID), COLLEGE_TALLY, Tally::colleges),
          required("share", FRACTION, Tally::share),
          list("objections", POSITION, Tally::objections),
          Tally::new);

  // consent: the grounds of a verdict, as typed facts
  static final Mapping<Grounds.Measure> MEASURE = enumeration(Grounds.Measure.values());
  static final Mapping<Grounds.Relation> RELATION = enumeration(Grounds.Relation.values());
  static final Mapping<Grounds.Finding> FINDING = enumeration(Grounds.Finding.values());

  static final RecordMapping<Grounds.Shortfall> SHORTFALL =
      record(
          "Grounds.Shortfall",
          optional("college", COLLEGE_ID, Grounds.Shortfall::college),
          required("cast", INT, Grounds.Shortfall::cast),
          required("eligible", INT, Grounds.Shortfall::eligible),
          required("quorum", FRACTION, Grounds.Shortfall::quorum),
          Grounds.Shortfall::new);

  static final RecordMapping<Grounds.CollegeShare> COLLEGE_SHARE =
      record(
          "Grounds.CollegeShare",
          required("college", COLLEGE_ID, Grounds.CollegeShare::college),
          required("share", FRACTION, Grounds.CollegeShare::share),
          required("weight", INT, Grounds.CollegeShare::weight),
          Grounds.CollegeShare::new);

  static final Family<Grounds> GROUNDS =
      new Family<>(
          "Grounds",
          0,
          member(
              Grounds.NoQuorum.class,
              record(
                  "NoQuorum",
                  list("shortfalls", SHORTFALL, Grounds.NoQuorum::shortfalls),
                  Grounds.NoQuorum::new)),
          member(
              Grounds.Blocked.class,
              record(
                  "Blocked",
                  list("objectors", ACTOR_ID, Grounds.Blocked::objectors),
                  Grounds.Blocked::new)),
          member(
              Grounds.Compared.class,
              record(
                  "Compared",
                  required("measure", MEASURE, Grounds.Compared::measure),
                  required("share", FRACTION, Grounds.Compared::share),
                  required("relation", RELATION, Grounds.Compared::relation),
                  required("threshold", FRACTION, Grounds.Compared::threshold),
                  withDefault("approximate", BOOLEAN, Grounds.Compared::approximate, false),
                  list("colleges", COLLEGE_SHARE, Grounds.Compared::colleges),
                  optional("lowest", COLLEGE_ID, Grounds.Compared::lowest),
                  Grounds.Compared::new)),
          member(
              Grounds.Found.class,
              record(
                  "Found",
                  required("finding", FINDING, Grounds.Found::finding),
                  Grounds.Found::new)),
          member(
              Grounds.NoneInCollege.class,
              record(
                  "NoneInCollege",
                  required("college", COLLEGE_ID, Grounds.NoneInCollege::college),
                  Grounds.NoneInCollege::new)),
          member(
              Grounds.AgainstUnanimity.class,
              record(
                  "AgainstUnanimity",
                  required("against", INT, Grounds.AgainstUnanimity::against),
                  Grounds.AgainstUnanimity::new)));

  /**
   * An outcome: decided since grounds were structured, it holds {@code grounds} and no {@code
   * explanation}; stored before, it holds its English {@code explanation}, kept as it was so that
   * the log is written back to the same bytes, and its grounds are recomputed from the rule and the
   * tally, exactly as the rule gives them.
   */
  static final RecordMapping<Outcome> OUTCOME =
      record(
          "Outcome",
          required("rule", DECISION_RULE, Outcome::rule),
          required("verdict", VERDICT, Outcome::verdict),
          required("tie", BOOLEAN, Outcome::tie),
          required("tally", TALLY, Outcome::tally),
          optional("explanation", STRING, Outcome::legacyExplanation),
          optional(
              "grounds",
              GROUNDS,
              o -> o.legacyExplanation().isPresent() ? Optional.empty() : Optional.of(o.grounds())),
          TreeMapper::outcome);

  private static Outcome outcome(
      DecisionRule rule,
      Verdict verdict,
      boolean tie,
      Tally tally,
      Optional<String> legacy,
      Optional<Grounds> grounds) {
    checkArgument(
        grounds.isPresent() || legacy.isPresent(),
        "Invalid outcome: it needs its grounds (or, stored before them, its explanation)");
    return new Outcome(
        rule,
        verdict,
        tie,
        tally,
        grounds.orElseGet(() -> PositionRules.grounds(rule, tally)),
        grounds.isPresent() ? Optional.empty() : legacy);
  }

  static final RecordMapping<Electorate> ELECTORATE =
      record(
          "Electorate",
          set("voters", ACTOR_ID, Electorate::voters),
          map("collegeOf", keyOf(ACTOR_ID), COLLEGE_ID, Electorate::collegeOf),
          map("weights", keyOf(COLLEGE_ID), INT, Electorate::weights),
          Electorate::new);

  // ---------------------------------------------------------------- ballot rounds

  static final RecordMapping<GradeScale> GRADE_SCALE =
      record(
          "GradeScale",
          required("lowest", INT, GradeScale::lowest),
          list("names", STRING, GradeScale::names),
          GradeScale::new);

  static final RecordMapping<BudgetTerms> BUDGET_TERMS =
      record(
          "BudgetTerms",
          required("envelope", LONG, BudgetTerms::envelope),
          required("utility", STRING, BudgetTerms::utility),
          required("greedyCompletion", BOOLEAN, BudgetTerms::greedyCompletion),
          optional("increment", STRING, BudgetTerms::increment),
          required("minApprovals", LONG, BudgetTerms::minApprovals),
          BudgetTerms::new);

  static final RecordMapping<BallotRule> BALLOT_RULE =
      record(
          "BallotRule",
          required("kind", BALLOT_RULE_KIND, BallotRule::kind),
          required("label", STRING, BallotRule::label),
          required("seats", INT, BallotRule::seats),
          optional("scale", GRADE_SCALE, BallotRule::scale),
          optional("threshold", INT, BallotRule::threshold),
          optional("budget", BUDGET_TERMS, BallotRule::budget),
          withDefault("quorum", QUORUM, BallotRule::quorum, Quorum.NONE),
          withDefault("collegeWeights", BOOLEAN, BallotRule::collegeWeights, false),
          BallotRule::new);

  static final Family<Ballot> BALLOTS =
      new Family<>(
          "Ballot",
          0,
          member(
              Ballot.Ranking.class,
              record(
                  "Ranking",
                  required("tiers", listOf(listOf(PROPOSAL_ID)), Ballot.Ranking::tiers),
                  Ballot.Ranking::new)),
          member(
              Ballot.Approvals.class,
              record(
                  "Approvals",
                  set("approved", PROPOSAL_ID, Ballot.Approvals::approved),
                  Ballot.Approvals::new)),
          member(
              Ballot.Grades.class,
              record(
                  "Grades",
                  map("grades", keyOf(PROPOSAL_ID), INT, Ballot.Grades::grades),
                  Ballot.Grades::new)));

  static final RecordMapping<BallotOutcome> BALLOT_OUTCOME =
      record(
          "BallotOutcome",
          required("rule", STRING, BallotOutcome::rule),
          required("ballots", INT, BallotOutcome::ballots),
          required("quorumMet", BOOLEAN, BallotOutcome::quorumMet),
          required("tie", BOOLEAN, BallotOutcome::tie),
          list("chosen", PROPOSAL_ID, BallotOutcome::chosen),
          map("statuses", keyOf(PROPOSAL_ID), PROPOSAL_STATUS, BallotOutcome::statuses),
          BallotOutcome::new);

  // exante: grades on one criterion, and what an assessment found

  /** Grades of proposals on one criterion: the object of a graded ballot, without its type. */
  static final RecordMapping<Ballot.Grades> GRADES =
      record(
          "Grades",
          map("grades", keyOf(PROPOSAL_ID), INT, Ballot.Grades::grades),
          Ballot.Grades::new);

  static final RecordMapping<AssessmentResult> ASSESSMENT_RESULT =
      record(
          "AssessmentResult",
          required("proposal", PROPOSAL_ID, AssessmentResult::proposal),
          required("criterion", CRITERION_ID, AssessmentResult::criterion),
          required("graders", INT, AssessmentResult::graders),
          optional("majorityGrade", INT, AssessmentResult::majorityGrade),
          map("distribution", INT_KEY, INT, AssessmentResult::distribution),
          map("byCollege", keyOf(COLLEGE_ID), INT, AssessmentResult::byCollege),
          AssessmentResult::new);

  // ---------------------------------------------------------------- domain values

  static final RecordMapping<Resource> RESOURCE =
      record(
          "Resource",
          required("kind", RESOURCE_KIND, Resource::kind),
          required("quantity", DECIMAL, Resource::quantity),
          required("description", STRING, Resource::description),
          Resource::new);

  static final RecordMapping<Actor> ACTOR =
      record(
          "Actor",
          required("id", ACTOR_ID, Actor::id),
          required("name", PERSONAL, Actor::name),
          required("kind", ACTOR_KIND, Actor::kind),
          set("competences", COMPETENCE, Actor::competences),
          list("resources", RESOURCE, Actor::resources),
          // consent: written only when the actor said otherwise than its kind's default, so that
          // actors registered before consent was asked keep their bytes; absent, it is the default
          optional("naming", NAMING, TreeMapper::saidNaming),
          (id, name, kind, competences, resources, naming) ->
              new Actor(
                  id, name, kind, competences, resources, naming.orElse(Naming.defaultFor(kind))));

  /** The naming an actor said, when it is not its kind's default. */
  private static Optional<Naming> saidNaming(Actor actor) {
    return actor.naming() == Naming.defaultFor(actor.kind())
        ? Optional.empty()
        : Optional.of(actor.naming());
  }

  static final RecordMapping<College> COLLEGE =
      record(
          "College",
          required("id", COLLEGE_ID, College::id),
          required("name", STRING, College::name),
          required("weight", INT, College::weight),
          set("kinds", ACTOR_KIND, College::kinds),
          College::new);

  static final RecordMapping<Commitment> COMMITMENT =
      record(
          "Commitment",
          required("actor", ACTOR_ID, Commitment::actor),
          required("resource", RESOURCE, Commitment::resource),
          Commitment::new);

  static final RecordMapping<Amendment> AMENDMENT =
      record(
          "Amendment",
          required("version", INT, Amendment::version),
          required("author", ACTOR_ID, Amendment::author),
          required("rationale", PERSONAL, Amendment::rationale),
          Amendment::new);

  static final RecordMapping<ProposalContent> PROPOSAL_CONTENT =
      record(
          "ProposalContent",
          required("title", PERSONAL, ProposalContent::title),
          required("text", PERSONAL, ProposalContent::text),
          set("stakes", STAKE_ID, ProposalContent::stakes),
          optional("cost", DECIMAL, ProposalContent::cost),
          ProposalContent::new);

  static final RecordMapping<Proposal> PROPOSAL =
      record(
          "Proposal",
          required("id", PROPOSAL_ID, Proposal::id),
          set("authors", ACTOR_ID, Proposal::authors),
          list("versions", PROPOSAL_CONTENT, Proposal::versions),
          list("amendments", AMENDMENT, Proposal::amendments),
          required("status", PROPOSAL_STATUS, Proposal::status),
          optional("mergedInto", PROPOSAL_ID, Proposal::mergedInto),
          list("mergedFrom", PROPOSAL_ID, Proposal::mergedFrom),
          optional("answer", ANSWER_KIND, Proposal::answer),
          Proposal::new);

  static final RecordMapping<Action> ACTION =
      record(
          "Action",
          required("id", ACTION_ID, Action::id),
          required("objective", OBJECTIVE_ID, Action::objective),
          required("title", STRING, Action::title),
          list("commitments", COMMITMENT, Action::commitments),
          map("carrierKinds", keyOf(ACTOR_KIND), INT, Action::carrierKinds),
          Action::new);

  static final RecordMapping<Indicator> INDICATOR =
      record(
          "Indicator",
          required("id", INDICATOR_ID, Indicator::id),
          required("action", ACTION_ID, Indicator::action),
          required("name", STRING, Indicator::name),
          required("unit", STRING, Indicator::unit),
          required("expected", DECIMAL, Indicator::expected),
          optional("observed", DECIMAL, Indicator::observed),
          Indicator::new);

  static final RecordMapping<Objective> OBJECTIVE =
      record(
          "Objective",
          required("id", OBJECTIVE_ID, Objective::id),
          required("title", STRING, Objective::title),
          set("from", PROPOSAL_ID, Objective::from),
          Objective::new);

  static final RecordMapping<Rating> RATING =
      record(
          "Rating",
          required("actor", ACTOR_ID, Rating::actor),
          required("criterion", CRITERION_ID, Rating::criterion),
          required("score", INT, Rating::score),
          optional("comment", PERSONAL, Rating::comment),
          Rating::new);

  static final RecordMapping<Stake> STAKE =
      record(
          "Stake",
          required("id", STAKE_ID, Stake::id),
          required("title", STRING, Stake::title),
          required("identifiedBy", ACTOR_ID, Stake::identifiedBy),
          required("validated", BOOLEAN, Stake::validated),
          Stake::new);

  static final RecordMapping<Contribution> CONTRIBUTION =
      record(
          "Contribution",
          required("author", ACTOR_ID, Contribution::author),
          required("text", PERSONAL, Contribution::text),
          set("stakes", STAKE_ID, Contribution::stakes),
          Contribution::new);

  static final RecordMapping<Criterion> CRITERION =
      record(
          "Criterion",
          required("id", CRITERION_ID, Criterion::id),
          required("title", STRING, Criterion::title),
          required("definedBy", ACTOR_ID, Criterion::definedBy),
          Criterion::new);

  static final RecordMapping<Merge> MERGE =
      record(
          "Merge",
          required("result", PROPOSAL_ID, Merge::result),
          list("sources", PROPOSAL_ID, Merge::sources),
          required("by", ACTOR_ID, Merge::by),
          Merge::new);

  static final RecordMapping<RoundDecision> ROUND_DECISION =
      record(
          "RoundDecision",
          required("proposal", PROPOSAL_ID, RoundDecision::proposal),
          required("version", INT, RoundDecision::version),
          required("outcome", OUTCOME, RoundDecision::outcome),
          required("status", PROPOSAL_STATUS, RoundDecision::status),
          RoundDecision::new);

  static final RecordMapping<PanelDrawRecord> PANEL_DRAW_RECORD =
      record(
          "PanelDrawRecord",
          required("algorithm", STRING, PanelDrawRecord::algorithm),
          required("seed", LONG, PanelDrawRecord::seed),
          required("poolDigest", STRING, PanelDrawRecord::poolDigest),
          list("quotas", STRING, PanelDrawRecord::quotas),
          required("distributionDigest", STRING, PanelDrawRecord::distributionDigest),
          list("panel", STRING, PanelDrawRecord::panel),
          optional("minimumProbability", DECIMAL, PanelDrawRecord::minimumProbability),
          PanelDrawRecord::new);

  static final RecordMapping<Grant> GRANT =
      record(
          "Grant",
          required("activity", ACTIVITY, Grant::activity),
          set("roles", ROLE, Grant::roles),
          set("kinds", ACTOR_KIND, Grant::kinds),
          set("phases", PHASE, Grant::phases),
          Grant::new);

  /** A deadline's target: {@code {"phase": ...}} or {@code {"round": ...}}. */
  static final Mapping<DeadlineTarget> DEADLINE_TARGET =
      simple(
          "an object (DeadlineTarget) with a \"phase\" or a \"round\"",
          TreeMapper::writeTarget,
          TreeMapper::readTarget);

  /** A duration in ISO-8601, such as {@code "P14D"} or {@code "PT72H"}. */
  static final Mapping<Duration> DURATION =
      simple(
          "an ISO-8601 duration such as \"P14D\"",
          d -> NODES.textNode(d.toString()),
          TreeMapper::readDuration);

  static final Mapping<Charter> CHARTER = new CharterMapping();

  // means: dates, and what an effect is expected of

  private static final String DATE_EXAMPLE = "an ISO-8601 date such as \"2027-06-30\"";

  /** A date in ISO-8601, such as {@code "2027-06-30"}. */
  static final Mapping<LocalDate> DATE =
      simple(DATE_EXAMPLE, d -> NODES.textNode(d.toString()), TreeMapper::readDate);

  private static LocalDate readDate(JsonNode node, String path) {
    String text = STRING.read(node, path);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new JsonCodecException(
          path,
          String.format("Invalid JSON at %s: expected %s, got \"%s\"", path, DATE_EXAMPLE, text));
    }
  }

  /** What an effect is expected of: {@code {"proposal": ...}} or {@code {"objective": ...}}. */
  static final Mapping<EffectTarget> EFFECT_TARGET =
      simple(
          "an object (EffectTarget) with a \"proposal\" or an \"objective\"",
          TreeMapper::writeEffectTarget,
          TreeMapper::readEffectTarget);

  private static JsonNode writeEffectTarget(EffectTarget target) {
    ObjectNode object = NODES.objectNode();
    if (target instanceof EffectTarget.OfProposal proposal) {
      object.set("proposal", PROPOSAL_ID.write(proposal.proposal()));
    } else if (target instanceof EffectTarget.OfObjective objective) {
      object.set("objective", OBJECTIVE_ID.write(objective.objective()));
    } else {
      throw new AssertionError("Unknown effect target " + target);
    }
    return object;
  }

  private static EffectTarget readEffectTarget(JsonNode node, String path) {
    String expected = EFFECT_TARGET.expected();
    Mappings.expect(node.isObject(), node, expected, path);
    boolean proposal = node.has("proposal");
    Mappings.expect(proposal != node.has("objective"), node, expected, path);
    try {
      return proposal
          ? EffectTarget.proposal(PROPOSAL_ID.read(node.get("proposal"), path + ".proposal"))
          : EffectTarget.objective(OBJECTIVE_ID.read(node.get("objective"), path + ".objective"));
    } catch (IllegalArgumentException e) {
      throw Mappings.refused("EffectTarget", path, e);
    }
  }

  // ---------------------------------------------------------------- events

  static final Family<Event> EVENTS =
      new Family<>(
          "Event",
          JsonCodec.SCHEMA_VERSION,
          member(
              Event.ProcessOpened.class,
              record(
                  "ProcessOpened",
                  required("at", INSTANT, Event.ProcessOpened::at),
                  required("by", ACTOR_ID, Event.ProcessOpened::by),
                  required("charter", CHARTER, Event.ProcessOpened::charter),
                  required("title", STRING, Event.ProcessOpened::title),
                  Event.ProcessOpened::new)),
          member(
              Event.ActorRegistered.class,
              record(
                  "ActorRegistered",
                  required("at", INSTANT, Event.ActorRegistered::at),
                  required("by", ACTOR_ID, Event.ActorRegistered::by),
                  required("actor", ACTOR, Event.ActorRegistered::actor),
                  required("role", ROLE, Event.ActorRegistered::role),
                  optional("college", COLLEGE_ID, Event.ActorRegistered::college),
                  Event.ActorRegistered::new)),
          member(
              Event.CollegeRegistered.class,
              record(
                  "CollegeRegistered",
                  required("at", INSTANT, Event.CollegeRegistered::at),
                  required("by", ACTOR_ID, Event.CollegeRegistered::by),
                  required("college", COLLEGE, Event.CollegeRegistered::college),
                  Event.CollegeRegistered::new)),
          member(
              Event.PanelDrawn.class,
              record(
                  "PanelDrawn",
                  required("at", INSTANT, Event.PanelDrawn::at),
                  required("by", ACTOR_ID, Event.PanelDrawn::by),
                  required("college", COLLEGE_ID, Event.PanelDrawn::college),
                  required("draw", PANEL_DRAW_RECORD, Event.PanelDrawn::draw),
                  Event.PanelDrawn::new)),
          member(
              Event.PhaseAdvanced.class,
              record(
                  "PhaseAdvanced",
                  required("at", INSTANT, Event.PhaseAdvanced::at),
                  required("by", ACTOR_ID, Event.PhaseAdvanced::by),
                  required("from", PHASE, Event.PhaseAdvanced::from),
                  required("to", PHASE, Event.PhaseAdvanced::to),
                  Event.PhaseAdvanced::new)),
          member(
              Event.PhaseReopened.class,
              record(
                  "PhaseReopened",
                  required("at", INSTANT, Event.PhaseReopened::at),
                  required("by", ACTOR_ID, Event.PhaseReopened::by),
                  required("from", PHASE, Event.PhaseReopened::from),
                  required("to", PHASE, Event.PhaseReopened::to),
                  required("reason", PERSONAL, Event.PhaseReopened::reason),
                  Event.PhaseReopened::new)),
          member(
              Event.DeadlineSet.class,
              record(
                  "DeadlineSet",
                  required("at", INSTANT, Event.DeadlineSet::at),
                  required("by", ACTOR_ID, Event.DeadlineSet::by),
                  required("target", DEADLINE_TARGET, Event.DeadlineSet::target),
                  optional("previous", INSTANT, Event.DeadlineSet::previous),
                  required("deadline", INSTANT, Event.DeadlineSet::deadline),
                  required("reason", PERSONAL, Event.DeadlineSet::reason),
                  Event.DeadlineSet::new)),
          member(
              Event.ContributionMade.class,
              record(
                  "ContributionMade",
                  required("at", INSTANT, Event.ContributionMade::at),
                  required("by", ACTOR_ID, Event.ContributionMade::by),
                  required("text", PERSONAL, Event.ContributionMade::text),
                  set("stakes", STAKE_ID, Event.ContributionMade::stakes),
                  Event.ContributionMade::new)),
          member(
              Event.StakeIdentified.class,
              record(
                  "StakeIdentified",
                  required("at", INSTANT, Event.StakeIdentified::at),
                  required("by", ACTOR_ID, Event.StakeIdentified::by),
                  required("stake", STAKE_ID, Event.StakeIdentified::stake),
                  required("title", STRING, Event.StakeIdentified::title),
                  Event.StakeIdentified::new)),
          member(
              Event.StakeValidated.class,
              record(
                  "StakeValidated",
                  required("at", INSTANT, Event.StakeValidated::at),
                  required("by", ACTOR_ID, Event.StakeValidated::by),
                  required("stake", STAKE_ID, Event.StakeValidated::stake),
                  Event.StakeValidated::new)),
          member(
              Event.ProposalSubmitted.class,
              record(
                  "ProposalSubmitted",
                  required("at", INSTANT, Event.ProposalSubmitted::at),
                  required("proposal", PROPOSAL_ID, Event.ProposalSubmitted::proposal),
                  set("authors", ACTOR_ID, Event.ProposalSubmitted::authors),
                  required("content", PROPOSAL_CONTENT, Event.ProposalSubmitted::content),
                  Event.ProposalSubmitted::new)),
          member(
              Event.ProposalAmended.class,
              record(
                  "ProposalAmended",
                  required("at", INSTANT, Event.ProposalAmended::at),
                  required("by", ACTOR_ID, Event.ProposalAmended::by),
                  required("proposal", PROPOSAL_ID, Event.ProposalAmended::proposal),
                  required("version", INT, Event.ProposalAmended::version),
                  required("content", PROPOSAL_CONTENT, Event.ProposalAmended::content),
                  required("rationale", PERSONAL, Event.ProposalAmended::rationale),
                  Event.ProposalAmended::new)),
          member(
              Event.ProposalsMerged.class,
              record(
                  "ProposalsMerged",
                  required("at", INSTANT, Event.ProposalsMerged::at),
                  required("by", ACTOR_ID, Event.ProposalsMerged::by),
                  required("result", PROPOSAL_ID, Event.ProposalsMerged::result),
                  list("sources", PROPOSAL_ID, Event.ProposalsMerged::sources),
                  set("authors", ACTOR_ID, Event.ProposalsMerged::authors),
                  required("content", PROPOSAL_CONTENT, Event.ProposalsMerged::content),
                  Event.ProposalsMerged::new)),
          member(
              Event.ProposalWithdrawn.class,
              record(
                  "ProposalWithdrawn",
                  required("at", INSTANT, Event.ProposalWithdrawn::at),
                  required("by", ACTOR_ID, Event.ProposalWithdrawn::by),
                  required("proposal", PROPOSAL_ID, Event.ProposalWithdrawn::proposal),
                  required("reason", PERSONAL, Event.ProposalWithdrawn::reason),
                  Event.ProposalWithdrawn::new)),
          member(
              Event.RoundOpened.class,
              record(
                  "RoundOpened",
                  required("at", INSTANT, Event.RoundOpened::at),
                  required("by", ACTOR_ID, Event.RoundOpened::by),
                  required("round", INT, Event.RoundOpened::round),
                  list("agenda", PROPOSAL_ID, Event.RoundOpened::agenda),
                  required("rule", DECISION_RULE, Event.RoundOpened::rule),
                  optional("ballotRule", BALLOT_RULE, Event.RoundOpened::ballotRule),
                  // secret: the pseudonym key of a secret round, by its digest in the chain
                  optional("key", PERSONAL, Event.RoundOpened::key),
                  Event.RoundOpened::new)),
          member(
              Event.PositionTaken.class,
              record(
                  "PositionTaken",
                  required("at", INSTANT, Event.PositionTaken::at),
                  required("round", INT, Event.PositionTaken::round),
                  required("proposal", PROPOSAL_ID, Event.PositionTaken::proposal),
                  required("position", POSITION, Event.PositionTaken::position),
                  Event.PositionTaken::new)),
          member(
              Event.BallotCast.class,
              record(
                  "BallotCast",
                  required("at", INSTANT, Event.BallotCast::at),
                  required("round", INT, Event.BallotCast::round),
                  required("voter", ACTOR_ID, Event.BallotCast::voter),
                  required("ballot", BALLOTS, Event.BallotCast::ballot),
                  Event.BallotCast::new)),
          member(
              Event.RoundClosed.class,
              record(
                  "RoundClosed",
                  required("at", INSTANT, Event.RoundClosed::at),
                  required("by", ACTOR_ID, Event.RoundClosed::by),
                  required("round", INT, Event.RoundClosed::round),
                  list("decisions", ROUND_DECISION, Event.RoundClosed::decisions),
                  optional("ballot", BALLOT_OUTCOME, Event.RoundClosed::ballot),
                  // secret: who took part in a secret round
                  optional(
                      "participants", Mappings.setOf(ACTOR_ID), Event.RoundClosed::participants),
                  Event.RoundClosed::new)),
          member(
              Event.ProposalAnswered.class,
              record(
                  "ProposalAnswered",
                  required("at", INSTANT, Event.ProposalAnswered::at),
                  required("by", ACTOR_ID, Event.ProposalAnswered::by),
                  required("proposal", PROPOSAL_ID, Event.ProposalAnswered::proposal),
                  required("answer", ANSWER_KIND, Event.ProposalAnswered::answer),
                  required("reasoning", PERSONAL, Event.ProposalAnswered::reasoning),
                  Event.ProposalAnswered::new)),
          member(
              Event.ObjectiveAdopted.class,
              record(
                  "ObjectiveAdopted",
                  required("at", INSTANT, Event.ObjectiveAdopted::at),
                  required("by", ACTOR_ID, Event.ObjectiveAdopted::by),
                  required("objective", OBJECTIVE_ID, Event.ObjectiveAdopted::objective),
                  required("title", STRING, Event.ObjectiveAdopted::title),
                  set("from", PROPOSAL_ID, Event.ObjectiveAdopted::from),
                  Event.ObjectiveAdopted::new)),
          member(
              Event.ActionLaunched.class,
              record(
                  "ActionLaunched",
                  required("at", INSTANT, Event.ActionLaunched::at),
                  required("by", ACTOR_ID, Event.ActionLaunched::by),
                  required("action", ACTION_ID, Event.ActionLaunched::action),
                  required("objective", OBJECTIVE_ID, Event.ActionLaunched::objective),
                  required("title", STRING, Event.ActionLaunched::title),
                  Event.ActionLaunched::new)),
          member(
              Event.CommitmentMade.class,
              record(
                  "CommitmentMade",
                  required("at", INSTANT, Event.CommitmentMade::at),
                  required("action", ACTION_ID, Event.CommitmentMade::action),
                  required("commitment", COMMITMENT, Event.CommitmentMade::commitment),
                  Event.CommitmentMade::new)),
          member(
              Event.IndicatorDefined.class,
              record(
                  "IndicatorDefined",
                  required("at", INSTANT, Event.IndicatorDefined::at),
                  required("by", ACTOR_ID, Event.IndicatorDefined::by),
                  required("indicator", INDICATOR_ID, Event.IndicatorDefined::indicator),
                  required("action", ACTION_ID, Event.IndicatorDefined::action),
                  required("name", STRING, Event.IndicatorDefined::name),
                  required("unit", STRING, Event.IndicatorDefined::unit),
                  required("expected", DECIMAL, Event.IndicatorDefined::expected),
                  Event.IndicatorDefined::new)),
          member(
              Event.IndicatorReported.class,
              record(
                  "IndicatorReported",
                  required("at", INSTANT, Event.IndicatorReported::at),
                  required("by", ACTOR_ID, Event.IndicatorReported::by),
                  required("indicator", INDICATOR_ID, Event.IndicatorReported::indicator),
                  required("observed", DECIMAL, Event.IndicatorReported::observed),
                  Event.IndicatorReported::new)),
          member(
              Event.CriterionDefined.class,
              record(
                  "CriterionDefined",
                  required("at", INSTANT, Event.CriterionDefined::at),
                  required("by", ACTOR_ID, Event.CriterionDefined::by),
                  required("criterion", CRITERION_ID, Event.CriterionDefined::criterion),
                  required("title", STRING, Event.CriterionDefined::title),
                  // exante: written only for a criterion with a scale of its own
                  optional("scale", GRADE_SCALE, Event.CriterionDefined::scale),
                  Event.CriterionDefined::new)),
          member(
              Event.RatingGiven.class,
              record(
                  "RatingGiven",
                  required("at", INSTANT, Event.RatingGiven::at),
                  required("rating", RATING, Event.RatingGiven::rating),
                  Event.RatingGiven::new)),
          member(
              Event.ProcessClosed.class,
              record(
                  "ProcessClosed",
                  required("at", INSTANT, Event.ProcessClosed::at),
                  required("by", ACTOR_ID, Event.ProcessClosed::by),
                  required("summary", PERSONAL, Event.ProcessClosed::summary),
                  Event.ProcessClosed::new)),
          member(
              Event.ProcessAbandoned.class,
              record(
                  "ProcessAbandoned",
                  required("at", INSTANT, Event.ProcessAbandoned::at),
                  required("by", ACTOR_ID, Event.ProcessAbandoned::by),
                  required("reason", PERSONAL, Event.ProcessAbandoned::reason),
                  Event.ProcessAbandoned::new)),
          // consent: leaving a process
          member(
              Event.ActorLeft.class,
              record(
                  "ActorLeft",
                  required("at", INSTANT, Event.ActorLeft::at),
                  required("by", ACTOR_ID, Event.ActorLeft::by),
                  Event.ActorLeft::new)),
          // secret: positions and ballots kept apart from their voters
          member(
              Event.SecretPositionTaken.class,
              record(
                  "SecretPositionTaken",
                  required("at", INSTANT, Event.SecretPositionTaken::at),
                  required("round", INT, Event.SecretPositionTaken::round),
                  required("proposal", PROPOSAL_ID, Event.SecretPositionTaken::proposal),
                  required("position", POSITION, Event.SecretPositionTaken::position),
                  optional("college", COLLEGE_ID, Event.SecretPositionTaken::college),
                  Event.SecretPositionTaken::new)),
          member(
              Event.SecretBallotCast.class,
              record(
                  "SecretBallotCast",
                  required("at", INSTANT, Event.SecretBallotCast::at),
                  required("round", INT, Event.SecretBallotCast::round),
                  required("voter", ACTOR_ID, Event.SecretBallotCast::voter),
                  optional("college", COLLEGE_ID, Event.SecretBallotCast::college),
                  required("ballot", BALLOTS, Event.SecretBallotCast::ballot),
                  Event.SecretBallotCast::new)),
          // means: expected effects, and what carriers delivered
          member(
              Event.EffectExpected.class,
              record(
                  "EffectExpected",
                  required("at", INSTANT, Event.EffectExpected::at),
                  required("by", ACTOR_ID, Event.EffectExpected::by),
                  required("indicator", INDICATOR_ID, Event.EffectExpected::indicator),
                  required("target", EFFECT_TARGET, Event.EffectExpected::target),
                  required("name", STRING, Event.EffectExpected::name),
                  required("unit", STRING, Event.EffectExpected::unit),
                  required("expected", DECIMAL, Event.EffectExpected::expected),
                  required("horizon", DATE, Event.EffectExpected::horizon),
                  Event.EffectExpected::new)),
          member(
              Event.DeliveryRecorded.class,
              record(
                  "DeliveryRecorded",
                  required("at", INSTANT, Event.DeliveryRecorded::at),
                  required("by", ACTOR_ID, Event.DeliveryRecorded::by),
                  required("action", ACTION_ID, Event.DeliveryRecorded::action),
                  required("commitment", INT, Event.DeliveryRecorded::commitment),
                  required("kind", RESOURCE_KIND, Event.DeliveryRecorded::kind),
                  required("quantity", DECIMAL, Event.DeliveryRecorded::quantity),
                  optional("note", PERSONAL, Event.DeliveryRecorded::note),
                  Event.DeliveryRecorded::new)),
          // exante: criteria early and prospective assessment
          member(
              Event.CriteriaWeighed.class,
              record(
                  "CriteriaWeighed",
                  required("at", INSTANT, Event.CriteriaWeighed::at),
                  required("by", ACTOR_ID, Event.CriteriaWeighed::by),
                  map("grades", keyOf(CRITERION_ID), INT, Event.CriteriaWeighed::grades),
                  Event.CriteriaWeighed::new)),
          member(
              Event.AssessmentOpened.class,
              record(
                  "AssessmentOpened",
                  required("at", INSTANT, Event.AssessmentOpened::at),
                  required("by", ACTOR_ID, Event.AssessmentOpened::by),
                  required("number", INT, Event.AssessmentOpened::number),
                  list("agenda", PROPOSAL_ID, Event.AssessmentOpened::agenda),
                  map(
                      "criteria",
                      keyOf(CRITERION_ID),
                      GRADE_SCALE,
                      Event.AssessmentOpened::criteria),
                  Event.AssessmentOpened::new)),
          member(
              Event.ProposalsAssessed.class,
              record(
                  "ProposalsAssessed",
                  required("at", INSTANT, Event.ProposalsAssessed::at),
                  required("number", INT, Event.ProposalsAssessed::number),
                  required("by", ACTOR_ID, Event.ProposalsAssessed::by),
                  required("criterion", CRITERION_ID, Event.ProposalsAssessed::criterion),
                  required("grades", GRADES, Event.ProposalsAssessed::grades),
                  Event.ProposalsAssessed::new)),
          member(
              Event.AssessmentClosed.class,
              record(
                  "AssessmentClosed",
                  required("at", INSTANT, Event.AssessmentClosed::at),
                  required("by", ACTOR_ID, Event.AssessmentClosed::by),
                  required("number", INT, Event.AssessmentClosed::number),
                  list("results", ASSESSMENT_RESULT, Event.AssessmentClosed::results),
                  Event.AssessmentClosed::new)),
          member(
              Event.ActionRated.class,
              record(
                  "ActionRated",
                  required("at", INSTANT, Event.ActionRated::at),
                  required("by", ACTOR_ID, Event.ActionRated::by),
                  required("action", ACTION_ID, Event.ActionRated::action),
                  required("criterion", CRITERION_ID, Event.ActionRated::criterion),
                  required("grade", INT, Event.ActionRated::grade),
                  Event.ActionRated::new)));

  // ---------------------------------------------------------------- commands

  static final Family<Command> COMMANDS =
      new Family<>(
          "Command",
          0,
          member(
              Command.OpenProcess.class,
              record(
                  "OpenProcess",
                  required("by", ACTOR_ID, Command.OpenProcess::by),
                  required("at", INSTANT, Command.OpenProcess::at),
                  required("charter", CHARTER, Command.OpenProcess::charter),
                  required("title", STRING, Command.OpenProcess::title),
                  Command.OpenProcess::new)),
          member(
              Command.RegisterActor.class,
              record(
                  "RegisterActor",
                  required("by", ACTOR_ID, Command.RegisterActor::by),
                  required("at", INSTANT, Command.RegisterActor::at),
                  required("actor", ACTOR, Command.RegisterActor::actor),
                  required("role", ROLE, Command.RegisterActor::role),
                  optional("college", COLLEGE_ID, Command.RegisterActor::college),
                  Command.RegisterActor::new)),
          member(
              Command.RegisterCollege.class,
              record(
                  "RegisterCollege",
                  required("by", ACTOR_ID, Command.RegisterCollege::by),
                  required("at", INSTANT, Command.RegisterCollege::at),
                  required("college", COLLEGE, Command.RegisterCollege::college),
                  Command.RegisterCollege::new)),
          member(
              Command.RecordPanelDraw.class,
              record(
                  "RecordPanelDraw",
                  required("by", ACTOR_ID, Command.RecordPanelDraw::by),
                  required("at", INSTANT, Command.RecordPanelDraw::at),
                  required("college", COLLEGE_ID, Command.RecordPanelDraw::college),
                  required("draw", PANEL_DRAW_RECORD, Command.RecordPanelDraw::draw),
                  Command.RecordPanelDraw::new)),
          member(
              Command.AdvancePhase.class,
              record(
                  "AdvancePhase",
                  required("by", ACTOR_ID, Command.AdvancePhase::by),
                  required("at", INSTANT, Command.AdvancePhase::at),
                  Command.AdvancePhase::new)),
          member(
              Command.ReopenPhase.class,
              record(
                  "ReopenPhase",
                  required("by", ACTOR_ID, Command.ReopenPhase::by),
                  required("at", INSTANT, Command.ReopenPhase::at),
                  required("phase", PHASE, Command.ReopenPhase::phase),
                  required("reason", PERSONAL, Command.ReopenPhase::reason),
                  Command.ReopenPhase::new)),
          member(
              Command.SetDeadline.class,
              record(
                  "SetDeadline",
                  required("by", ACTOR_ID, Command.SetDeadline::by),
                  required("at", INSTANT, Command.SetDeadline::at),
                  required("target", DEADLINE_TARGET, Command.SetDeadline::target),
                  required("deadline", INSTANT, Command.SetDeadline::deadline),
                  required("reason", PERSONAL, Command.SetDeadline::reason),
                  Command.SetDeadline::new)),
          member(
              Command.Contribute.class,
              record(
                  "Contribute",
                  required("by", ACTOR_ID, Command.Contribute::by),
                  required("at", INSTANT, Command.Contribute::at),
                  required("text", PERSONAL, Command.Contribute::text),
                  set("stakes", STAKE_ID, Command.Contribute::stakes),
                  Command.Contribute::new)),
          member(
              Command.IdentifyStake.class,
              record(
                  "IdentifyStake",
                  required("by", ACTOR_ID, Command.IdentifyStake::by),
                  required("at", INSTANT, Command.IdentifyStake::at),
                  required("stake", STAKE_ID, Command.IdentifyStake::stake),
                  required("title", STRING, Command.IdentifyStake::title),
                  Command.IdentifyStake::new)),
          member(
              Command.ValidateStake.class,
              record(
                  "ValidateStake",
                  required("by", ACTOR_ID, Command.ValidateStake::by),
                  required("at", INSTANT, Command.ValidateStake::at),
                  required("stake", STAKE_ID, Command.ValidateStake::stake),
                  Command.ValidateStake::new)),
          member(
              Command.SubmitProposal.class,
              record(
                  "SubmitProposal",
                  required("by", ACTOR_ID, Command.SubmitProposal::by),
                  required("at", INSTANT, Command.SubmitProposal::at),
                  required("proposal", PROPOSAL_ID, Command.SubmitProposal::proposal),
                  required("content", PROPOSAL_CONTENT, Command.SubmitProposal::content),
                  set("coAuthors", ACTOR_ID, Command.SubmitProposal::coAuthors),
                  Command.SubmitProposal::new)),
          member(
              Command.AmendProposal.class,
              record(
                  "AmendProposal",
                  required("by", ACTOR_ID, Command.AmendProposal::by),
                  required("at", INSTANT, Command.AmendProposal::at),
                  required("proposal", PROPOSAL_ID, Command.AmendProposal::proposal),
                  required("content", PROPOSAL_CONTENT, Command.AmendProposal::content),
                  required("rationale", PERSONAL, Command.AmendProposal::rationale),
                  Command.AmendProposal::new)),
          member(
              Command.MergeProposals.class,
              record(
                  "MergeProposals",
                  required("by", ACTOR_ID, Command.MergeProposals::by),
                  required("at", INSTANT, Command.MergeProposals::at),
                  required("result", PROPOSAL_ID, Command.MergeProposals::result),
                  list("sources", PROPOSAL_ID, Command.MergeProposals::sources),
                  required("content", PROPOSAL_CONTENT, Command.MergeProposals::content),
                  Command.MergeProposals::new)),
          member(
              Command.WithdrawProposal.class,
              record(
                  "WithdrawProposal",
                  required("by", ACTOR_ID, Command.WithdrawProposal::by),
                  required("at", INSTANT, Command.WithdrawProposal::at),
                  required("proposal", PROPOSAL_ID, Command.WithdrawProposal::proposal),
                  required("reason", PERSONAL, Command.WithdrawProposal::reason),
                  Command.WithdrawProposal::new)),
          member(
              Command.OpenRound.class,
              record(
                  "OpenRound",
                  required("by", ACTOR_ID, Command.OpenRound::by),
                  required("at", INSTANT, Command.OpenRound::at),
                  list("agenda", PROPOSAL_ID, Command.OpenRound::agenda),
                  // secret: the pseudonym key of a secret round, if the issuer drew it
                  optional("key", PERSONAL, Command.OpenRound::key),
                  Command.OpenRound::new)),
          member(
              Command.TakePosition.class,
              record(
                  "TakePosition",
                  required("by", ACTOR_ID, Command.TakePosition::by),
                  required("at", INSTANT, Command.TakePosition::at),
                  required("proposal", PROPOSAL_ID, Command.TakePosition::proposal),
                  required("stance", STANCE, Command.TakePosition::stance),
                  optional("reason", PERSONAL, Command.TakePosition::reason),
                  Command.TakePosition::new)),
          member(
              Command.CastBallot.class,
              record(
                  "CastBallot",
                  required("by", ACTOR_ID, Command.CastBallot::by),
                  required("at", INSTANT, Command.CastBallot::at),
                  required("ballot", BALLOTS, Command.CastBallot::ballot),
                  Command.CastBallot::new)),
          member(
              Command.CloseRound.class,
              record(
                  "CloseRound",
                  required("by", ACTOR_ID, Command.CloseRound::by),
                  required("at", INSTANT, Command.CloseRound::at),
                  Command.CloseRound::new)),
          member(
              Command.AnswerProposal.class,
              record(
                  "AnswerProposal",
                  required("by", ACTOR_ID, Command.AnswerProposal::by),
                  required("at", INSTANT, Command.AnswerProposal::at),
                  required("proposal", PROPOSAL_ID, Command.AnswerProposal::proposal),
                  required("answer", ANSWER_KIND, Command.AnswerProposal::answer),
                  required("reasoning", PERSONAL, Command.AnswerProposal::reasoning),
                  Command.AnswerProposal::new)),
          member(
              Command.AdoptObjective.class,
              record(
                  "AdoptObjective",
                  required("by", ACTOR_ID, Command.AdoptObjective::by),
                  required("at", INSTANT, Command.AdoptObjective::at),
                  required("objective", OBJECTIVE_ID, Command.AdoptObjective::objective),
                  required("title", STRING, Command.AdoptObjective::title),
                  set("from", PROPOSAL_ID, Command.AdoptObjective::from),
                  Command.AdoptObjective::new)),
          member(
              Command.LaunchAction.class,
              record(
                  "LaunchAction",
                  required("by", ACTOR_ID, Command.LaunchAction::by),
                  required("at", INSTANT, Command.LaunchAction::at),
                  required("action", ACTION_ID, Command.LaunchAction::action),
                  required("objective", OBJECTIVE_ID, Command.LaunchAction::objective),
                  required("title", STRING, Command.LaunchAction::title),
                  Command.LaunchAction::new)),
          member(
              Command.Commit.class,
              record(
                  "Commit",
                  required("by", ACTOR_ID, Command.Commit::by),
                  required("at", INSTANT, Command.Commit::at),
                  required("action", ACTION_ID, Command.Commit::action),
                  required("resource", RESOURCE, Command.Commit::resource),
                  Command.Commit::new)),
          member(
              Command.DefineIndicator.class,
              record(
                  "DefineIndicator",
                  required("by", ACTOR_ID, Command.DefineIndicator::by),
                  required("at", INSTANT, Command.DefineIndicator::at),
                  required("indicator", INDICATOR_ID, Command.DefineIndicator::indicator),
                  required("action", ACTION_ID, Command.DefineIndicator::action),
                  required("name", STRING, Command.DefineIndicator::name),
                  required("unit", STRING, Command.DefineIndicator::unit),
                  required("expected", DECIMAL, Command.DefineIndicator::expected),
                  Command.DefineIndicator::new)),
          member(
              Command.ReportIndicator.class,
              record(
                  "ReportIndicator",
                  required("by", ACTOR_ID, Command.ReportIndicator::by),
                  required("at", INSTANT, Command.ReportIndicator::at),
                  required("indicator", INDICATOR_ID, Command.ReportIndicator::indicator),
                  required("observed", DECIMAL, Command.ReportIndicator::observed),
                  Command.ReportIndicator::new)),
          member(
              Command.DefineCriterion.class,
              record(
                  "DefineCriterion",
                  required("by", ACTOR_ID, Command.DefineCriterion::by),
                  required("at", INSTANT, Command.DefineCriterion::at),
                  required("criterion", CRITERION_ID, Command.DefineCriterion::criterion),
                  required("title", STRING, Command.DefineCriterion::title),
                  // exante: written only for a criterion with a scale of its own
                  optional("scale", GRADE_SCALE, Command.DefineCriterion::scale),
                  Command.DefineCriterion::new)),
          member(
              Command.Rate.class,
              record(
                  "Rate",
                  required("by", ACTOR_ID, Command.Rate::by),
                  required("at", INSTANT, Command.Rate::at),
                  required("criterion", CRITERION_ID, Command.Rate::criterion),
                  required("score", INT, Command.Rate::score),
                  optional("comment", PERSONAL, Command.Rate::comment),
                  Command.Rate::new)),
          member(
              Command.Close.class,
              record(
                  "Close",
                  required("by", ACTOR_ID, Command.Close::by),
                  required("at", INSTANT, Command.Close::at),
                  required("summary", PERSONAL, Command.Close::summary),
                  Command.Close::new)),
          member(
              Command.Abandon.class,
              record(
                  "Abandon",
                  required("by", ACTOR_ID, Command.Abandon::by),
                  required("at", INSTANT, Command.Abandon::at),
                  required("reason", PERSONAL, Command.Abandon::reason),
                  Command.Abandon::new)),
          // consent: leaving a process
          member(
              Command.LeaveProcess.class,
              record(
                  "LeaveProcess",
                  required("by", ACTOR_ID, Command.LeaveProcess::by),
                  required("at", INSTANT, Command.LeaveProcess::at),
                  Command.LeaveProcess::new)),
          // means: expected effects, and what carriers delivered
          member(
              Command.ExpectEffect.class,
              record(
                  "ExpectEffect",
                  required("by", ACTOR_ID, Command.ExpectEffect::by),
                  required("at", INSTANT, Command.ExpectEffect::at),
                  required("indicator", INDICATOR_ID, Command.ExpectEffect::indicator),
                  required("target", EFFECT_TARGET, Command.ExpectEffect::target),
                  required("name", STRING, Command.ExpectEffect::name),
                  required("unit", STRING, Command.ExpectEffect::unit),
                  required("expected", DECIMAL, Command.ExpectEffect::expected),
                  required("horizon", DATE, Command.ExpectEffect::horizon),
                  Command.ExpectEffect::new)),
          member(
              Command.RecordDelivery.class,
              record(
                  "RecordDelivery",
                  required("by", ACTOR_ID, Command.RecordDelivery::by),
                  required("at", INSTANT, Command.RecordDelivery::at),
                  required("action", ACTION_ID, Command.RecordDelivery::action),
                  required("commitment", INT, Command.RecordDelivery::commitment),
                  required("kind", RESOURCE_KIND, Command.RecordDelivery::kind),
                  required("quantity", DECIMAL, Command.RecordDelivery::quantity),
                  optional("note", PERSONAL, Command.RecordDelivery::note),
                  Command.RecordDelivery::new)),
          // exante: criteria early and prospective assessment
          member(
              Command.WeighCriteria.class,
              record(
                  "WeighCriteria",
                  required("by", ACTOR_ID, Command.WeighCriteria::by),
                  required("at", INSTANT, Command.WeighCriteria::at),
                  map("grades", keyOf(CRITERION_ID), INT, Command.WeighCriteria::grades),
                  Command.WeighCriteria::new)),
          member(
              Command.OpenAssessment.class,
              record(
                  "OpenAssessment",
                  required("by", ACTOR_ID, Command.OpenAssessment::by),
                  required("at", INSTANT, Command.OpenAssessment::at),
                  list("agenda", PROPOSAL_ID, Command.OpenAssessment::agenda),
                  Command.OpenAssessment::new)),
          member(
              Command.AssessProposals.class,
              record(
                  "AssessProposals",
                  required("by", ACTOR_ID, Command.AssessProposals::by),
                  required("at", INSTANT, Command.AssessProposals::at),
                  required("criterion", CRITERION_ID, Command.AssessProposals::criterion),
                  required("grades", GRADES, Command.AssessProposals::grades),
                  Command.AssessProposals::new)),
          member(
              Command.CloseAssessment.class,
              record(
                  "CloseAssessment",
                  required("by", ACTOR_ID, Command.CloseAssessment::by),
                  required("at", INSTANT, Command.CloseAssessment::at),
                  Command.CloseAssessment::new)),
          member(
              Command.RateAction.class,
              record(
                  "RateAction",
                  required("by", ACTOR_ID, Command.RateAction::by),
                  required("at", INSTANT, Command.RateAction::at),
                  required("action", ACTION_ID, Command.RateAction::action),
                  required("criterion", CRITERION_ID, Command.RateAction::criterion),
                  required("grade", INT, Command.RateAction::grade),
                  Command.RateAction::new)));

  // ---------------------------------------------------------------- process summaries

  static final RecordMapping<ProcessSummary.Round> SUMMARY_ROUND =
      record(
          "ProcessSummary.Round",
          required("round", INT, ProcessSummary.Round::round),
          required("rule", STRING, ProcessSummary.Round::rule),
          list("adopted", PROPOSAL_ID, ProcessSummary.Round::adopted),
          list("rejected", PROPOSAL_ID, ProcessSummary.Round::rejected),
          list("carried", PROPOSAL_ID, ProcessSummary.Round::carried),
          required("tie", BOOLEAN, ProcessSummary.Round::tie),
          ProcessSummary.Round::new);

  static final RecordMapping<ProcessSummary> PROCESS_SUMMARY =
      record(
          "ProcessSummary",
          required("stream", STRING, ProcessSummary::stream),
          required("events", INT, ProcessSummary::events),
          required("phase", PHASE, ProcessSummary::phase),
          required("head", STRING, ProcessSummary::head),
          list("rounds", SUMMARY_ROUND, ProcessSummary::rounds),
          map("proposals", keyOf(PROPOSAL_ID), PROPOSAL_STATUS, ProcessSummary::proposals),
          ProcessSummary::new);

  // ---------------------------------------------------------------- the registry

  /** A mapping with the class it maps, so that a value of that class is written unchecked-free. */
  private record Typed<T>(Class<T> type, Mapping<T> mapping) {
    JsonNode write(Object value) {
      return mapping.write(type.cast(value));
    }
  }

  private static final ImmutableMap<Class<?>, Typed<?>> BY_CLASS = registry();

  private static ImmutableMap<Class<?>, Typed<?>> registry() {
    Map<Class<?>, Typed<?>> types = new LinkedHashMap<>();
    put(types, String.class, STRING);
    put(types, Integer.class, INT);
    put(types, Long.class, LONG);
    put(types, Boolean.class, BOOLEAN);
    put(types, BigDecimal.class, DECIMAL);
    put(types, Instant.class, INSTANT);
    put(types, Phase.class, PHASE);
    put(types, Role.class, ROLE);
    put(types, Stance.class, STANCE);
    put(types, AnswerKind.class, ANSWER_KIND);
    put(types, ProposalStatus.class, PROPOSAL_STATUS);
    put(types, ResourceKind.class, RESOURCE_KIND);
    put(types, Activity.class, ACTIVITY);
    put(types, Method.class, METHOD);
    put(types, TieBreak.class, TIE_BREAK);
    put(types, Verdict.class, VERDICT);
    put(types, ActionId.class, ACTION_ID);
    put(types, ActorId.class, ACTOR_ID);
    put(types, ActorKind.class, ACTOR_KIND);
    put(types, CollegeId.class, COLLEGE_ID);
    put(types, Competence.class, COMPETENCE);
    put(types, CriterionId.class, CRITERION_ID);
    put(types, IndicatorId.class, INDICATOR_ID);
    put(types, ObjectiveId.class, OBJECTIVE_ID);
    put(types, ProposalId.class, PROPOSAL_ID);
    put(types, StakeId.class, STAKE_ID);
    put(types, Fraction.class, FRACTION);
    put(types, Quorum.class, QUORUM);
    put(types, DecisionRule.class, DECISION_RULE);
    put(types, Position.class, POSITION);
    put(types, CollegeTally.class, COLLEGE_TALLY);
    put(types, Tally.class, TALLY);
    put(types, Outcome.class, OUTCOME);
    put(types, Electorate.class, ELECTORATE);
    put(types, Resource.class, RESOURCE);
    put(types, Actor.class, ACTOR);
    put(types, College.class, COLLEGE);
    put(types, Commitment.class, COMMITMENT);
    put(types, Amendment.class, AMENDMENT);
    put(types, ProposalContent.class, PROPOSAL_CONTENT);
    put(types, Proposal.class, PROPOSAL);
    put(types, Action.class, ACTION);
    put(types, Indicator.class, INDICATOR);
    put(types, Objective.class, OBJECTIVE);
    put(types, Rating.class, RATING);
    put(types, Stake.class, STAKE);
    put(types, Contribution.class, CONTRIBUTION);
    put(types, Criterion.class, CRITERION);
    put(types, Merge.class, MERGE);
    put(types, RoundDecision.class, ROUND_DECISION);
    put(types, Grant.class, GRANT);
    put(types, DeadlineTarget.class, DEADLINE_TARGET);
    put(types, Duration.class, DURATION);
    put(types, BallotRule.Kind.class, BALLOT_RULE_KIND);
    put(types, GradeScale.class, GRADE_SCALE);
    put(types, BudgetTerms.class, BUDGET_TERMS);
    put(types, BallotRule.class, BALLOT_RULE);
    put(types, Ballot.class, BALLOTS);
    put(types, BallotOutcome.class, BALLOT_OUTCOME);
    // consent
    put(types, Naming.class, NAMING);
    put(types, Grounds.class, GROUNDS);
    put(types, Grounds.Shortfall.class, SHORTFALL);
    put(types, Grounds.CollegeShare.class, COLLEGE_SHARE);
    put(types, Grounds.Measure.class, MEASURE);
    put(types, Grounds.Relation.class, RELATION);
    put(types, Grounds.Finding.class, FINDING);
    put(types, Charter.class, CHARTER);
    put(types, Event.class, EVENTS);
    put(types, Command.class, COMMANDS);
    put(types, ProcessSummary.Round.class, SUMMARY_ROUND);
    put(types, ProcessSummary.class, PROCESS_SUMMARY);
    // personal: personal values
    put(types, PersonalText.class, PERSONAL);
    // means: dates, and what an effect is expected of
    put(types, LocalDate.class, DATE);
    put(types, EffectTarget.class, EFFECT_TARGET);
    // exante: what an assessment found
    put(types, AssessmentResult.class, ASSESSMENT_RESULT);
    return ImmutableMap.copyOf(types);
  }

  private static <T> void put(Map<Class<?>, Typed<?>> types, Class<T> type, Mapping<T> mapping) {
    types.put(type, new Typed<>(type, mapping));
  }

  private TreeMapper() {}

  /**
   * A value of the api as a tree: one of its types, or a collection, map or optional of them.
   *
   * @throws IllegalArgumentException if the value's type has no mapping
   */
  static JsonNode write(Object value) {
    if (value instanceof Optional<?> o) {
      return o.isPresent() ? write(o.get()) : NODES.nullNode();
    } else if (value instanceof Collection<?> c) {
      ArrayNode array = NODES.arrayNode();
      for (Object element : c) {
        array.add(write(element));
      }
      return array;
    } else if (value instanceof Map<?, ?> m) {
      ObjectNode object = NODES.objectNode();
      for (Map.Entry<?, ?> entry : m.entrySet()) {
        object.set(keyName(entry.getKey()), write(entry.getValue()));
      }
      return object;
    } else if (value instanceof Charter charter) {
      // The charter's class is the one that Immutables generates beside it.
      return CHARTER.write(charter);
    }
    return typed(value.getClass()).write(value);
  }

  private static String keyName(Object key) {
    JsonNode node = write(key);
    if (node.isTextual()) {
      return node.textValue();
    } else if (node.isIntegralNumber()) {
      return node.asText();
    }
    throw new IllegalArgumentException(String.format("No JSON key for '%s'", key));
  }

  /**
   * A value of one of the api's types from a tree.
   *
   * @throws JsonCodecException if the tree is not a valid value of the type
   * @throws IllegalArgumentException if the type has no mapping
   */
  static <T> T read(JsonNode node, Class<T> type, String path) {
    Mapping<?> mapping = typed(type).mapping();
    if (node.isMissingNode()) {
      // What JsonNode.path gives for an absent field.
      throw new JsonCodecException(
          path,
          String.format(
              "Invalid JSON at %s: missing value, expected %s", path, mapping.expected()));
    }
    Object value = mapping.read(node, path);
    if (!type.isInstance(value)) {
      throw new JsonCodecException(
          path,
          String.format(
              "Invalid JSON at %s: expected %s, got %s",
              path, type.getSimpleName(), value.getClass().getSimpleName()));
    }
    return type.cast(value);
  }

  private static Typed<?> typed(Class<?> type) {
    Typed<?> typed = BY_CLASS.get(type);
    if (typed == null) {
      typed = EVENTS.classes().contains(type) ? BY_CLASS.get(Event.class) : null;
    }
    if (typed == null) {
      typed = COMMANDS.classes().contains(type) ? BY_CLASS.get(Command.class) : null;
    }
    if (typed == null) {
      typed = BALLOTS.classes().contains(type) ? BY_CLASS.get(Ballot.class) : null;
    }
    if (typed == null) {
      typed = GROUNDS.classes().contains(type) ? BY_CLASS.get(Grounds.class) : null;
    }
    if (typed == null) {
      throw new IllegalArgumentException(String.format("No JSON mapping for %s", type));
    }
    return typed;
  }

  private static JsonNode writeTarget(DeadlineTarget target) {
    ObjectNode object = NODES.objectNode();
    if (target instanceof DeadlineTarget.OfPhase phase) {
      object.set("phase", PHASE.write(phase.phase()));
    } else if (target instanceof DeadlineTarget.OfRound round) {
      object.put("round", round.round());
    } else {
      throw new AssertionError("Unknown deadline target " + target);
    }
    return object;
  }

  private static DeadlineTarget readTarget(JsonNode node, String path) {
    String expected = DEADLINE_TARGET.expected();
    Mappings.expect(node.isObject(), node, expected, path);
    boolean phase = node.has("phase");
    Mappings.expect(phase != node.has("round"), node, expected, path);
    try {
      return phase
          ? DeadlineTarget.phase(PHASE.read(node.get("phase"), path + ".phase"))
          : DeadlineTarget.round(INT.read(node.get("round"), path + ".round"));
    } catch (IllegalArgumentException e) {
      throw Mappings.refused("DeadlineTarget", path, e);
    }
  }

  private static Duration readDuration(JsonNode node, String path) {
    String text = STRING.read(node, path);
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw new JsonCodecException(
          path,
          String.format(
              "Invalid JSON at %s: expected %s, got \"%s\"", path, DURATION.expected(), text),
          e);
    }
  }

  // ---------------------------------------------------------------- the charter

  /**
   * The charter, built through its builder: {@code name}, {@code phases}, {@code grants} and {@code
   * rule} are required; a collection left out is empty; a scalar left out takes the charter's
   * default.
   */
  private static final class CharterMapping implements Mapping<Charter> {
    /** The defaults of a charter's settings, against which a setting is written or left out. */
    private static final Charter DEFAULTS =
        Charter.builder()
            .name("defaults")
            .addPhases(Phase.FRAMING)
            .rule(DecisionRule.simpleMajority())
            .addGrants(Grant.toAll(Activity.GOVERN))
            .build();

    private static final Field<Charter, String> NAME = required("name", STRING, Charter::name);
    private static final Field<Charter, ImmutableList<Phase>> PHASES =
        required("phases", listOf(PHASE), Charter::phases);
    private static final Field<Charter, ImmutableList<Grant>> GRANTS =
        required("grants", listOf(GRANT), Charter::grants);
    private static final Field<Charter, ImmutableList<College>> COLLEGES =
        list("colleges", COLLEGE, Charter::colleges);
    private static final Field<Charter, ImmutableSet<ActorKind>> DIAGNOSIS_KINDS =
        set("diagnosisKinds", ACTOR_KIND, Charter::diagnosisKinds);
    private static final Field<Charter, DecisionRule> RULE =
        required("rule", DECISION_RULE, Charter::rule);
    private static final Field<Charter, ImmutableMap<Integer, DecisionRule>> ROUND_RULES =
        map("roundRules", INT_KEY, DECISION_RULE, Charter::roundRules);
    private static final Field<Charter, Integer> ROUND_LIMIT =
        required("roundLimit", INT, Charter::roundLimit);
    private static final Field<Charter, ImmutableMap<Phase, Instant>> DEADLINES =
        map("deadlines", keyOf(PHASE), INSTANT, Charter::deadlines);
    private static final Field<Charter, Optional<Duration>> ROUND_DURATION =
        optional("roundDuration", DURATION, Charter::roundDuration);
    private static final Field<Charter, ImmutableSet<Phase>> REOPENABLE =
        set("reopenable", PHASE, Charter::reopenable);
    private static final Field<Charter, Integer> MIN_CARRIER_KINDS =
        required("minCarrierKinds", INT, Charter::minCarrierKinds);
    private static final Field<Charter, Boolean> ANSWERS_OWED =
        required("answersOwed", BOOLEAN, Charter::answersOwed);
    private static final Field<Charter, Boolean> OWNER_MAY_OVERRULE =
        required("ownerMayOverrule", BOOLEAN, Charter::ownerMayOverrule);
    private static final Field<Charter, Optional<Currency>> CURRENCY_FIELD =
        optional("currency", CURRENCY, Charter::currency);
    private static final Field<Charter, ImmutableMap<Integer, BallotRule>> BALLOT_RULES =
        map("ballotRules", INT_KEY, BALLOT_RULE, Charter::ballotRules);
    private static final Field<Charter, Boolean> LATER_BALLOT_REPLACES =
        required("laterBallotReplaces", BOOLEAN, Charter::laterBallotReplaces);
    // secret: the rounds whose positions and ballots are secret
    private static final Field<Charter, ImmutableSet<Integer>> SECRET_ROUNDS =
        set("secretRounds", INT, Charter::secretRounds);
    // exante: criteria early and prospective assessment
    private static final Field<Charter, Phase> CRITERIA_FROM =
        required("criteriaFrom", PHASE, Charter::criteriaFrom);
    private static final Field<Charter, GradeScale> WEIGHING_SCALE =
        required("weighingScale", GRADE_SCALE, Charter::weighingScale);
    private static final Field<Charter, Optional<Integer>> ASSESSMENT_GATE =
        optional("assessmentGate", INT, Charter::assessmentGate);

    /** The fields in written order. */
    private static final ImmutableList<Field<Charter, ?>> FIELDS =
        ImmutableList.of(
            NAME,
            PHASES,
            GRANTS,
            COLLEGES,
            DIAGNOSIS_KINDS,
            RULE,
            ROUND_RULES,
            ROUND_LIMIT,
            DEADLINES,
            ROUND_DURATION,
            REOPENABLE,
            MIN_CARRIER_KINDS,
            ANSWERS_OWED,
            OWNER_MAY_OVERRULE,
            CURRENCY_FIELD);

    @Override
    public JsonNode write(Charter charter) {
      ObjectNode object = NODES.objectNode();
      for (Field<Charter, ?> field : FIELDS) {
        field.write(charter, object);
      }
      // Written only when set, so that a charter without ballot rounds keeps its older form.
      if (!charter.ballotRules().isEmpty()) {
        BALLOT_RULES.write(charter, object);
      }
      if (charter.laterBallotReplaces()) {
        LATER_BALLOT_REPLACES.write(charter, object);
      }
      // secret: written only when set, so that a charter of public rounds keeps its older form
      if (!charter.secretRounds().isEmpty()) {
        SECRET_ROUNDS.write(charter, object);
      }
      // exante: written only when set, so that other charters keep their older form
      if (charter.criteriaFrom() != DEFAULTS.criteriaFrom()) {
        CRITERIA_FROM.write(charter, object);
      }
      if (!charter.weighingScale().equals(DEFAULTS.weighingScale())) {
        WEIGHING_SCALE.write(charter, object);
      }
      ASSESSMENT_GATE.write(charter, object);
      return object;
    }

    @Override
    public Charter read(JsonNode node, String path) {
      Mappings.expect(node.isObject(), node, expected(), path);
      Charter.Builder builder = Charter.builder();
      builder
          .name(NAME.read(node, path))
          .phases(PHASES.read(node, path))
          .grants(GRANTS.read(node, path))
          .colleges(COLLEGES.read(node, path))
          .diagnosisKinds(DIAGNOSIS_KINDS.read(node, path))
          .rule(RULE.read(node, path))
          .roundRules(ROUND_RULES.read(node, path))
          .ballotRules(BALLOT_RULES.read(node, path))
          .deadlines(DEADLINES.read(node, path))
          .roundDuration(ROUND_DURATION.read(node, path))
          .reopenable(REOPENABLE.read(node, path))
          .currency(CURRENCY_FIELD.read(node, path));
      // The scalars left out keep the charter's own defaults.
      if (node.has(ROUND_LIMIT.key())) {
        builder.roundLimit(ROUND_LIMIT.read(node, path));
      }
      if (node.has(MIN_CARRIER_KINDS.key())) {
        builder.minCarrierKinds(MIN_CARRIER_KINDS.read(node, path));
      }
      if (node.has(ANSWERS_OWED.key())) {
        builder.answersOwed(ANSWERS_OWED.read(node, path));
      }
      if (node.has(OWNER_MAY_OVERRULE.key())) {
        builder.ownerMayOverrule(OWNER_MAY_OVERRULE.read(node, path));
      }
      if (node.has(LATER_BALLOT_REPLACES.key())) {
        builder.laterBallotReplaces(LATER_BALLOT_REPLACES.read(node, path));
      }
      builder.secretRounds(SECRET_ROUNDS.read(node, path)); // secret: absent reads as none
      // exante: criteria early and prospective assessment
      if (node.has(CRITERIA_FROM.key())) {
        builder.criteriaFrom(CRITERIA_FROM.read(node, path));
      }
      if (node.has(WEIGHING_SCALE.key())) {
        builder.weighingScale(WEIGHING_SCALE.read(node, path));
      }
      builder.assessmentGate(ASSESSMENT_GATE.read(node, path));
      try {
        return builder.build();
      } catch (IllegalStateException | IllegalArgumentException e) {
        throw Mappings.refused("charter", path, e);
      }
    }

    @Override
    public String expected() {
      return "an object (Charter)";
    }
  }
}
