package org.concertation.core.process;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.concertation.api.charter.Charter;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.decision.DecisionRule;
import org.concertation.api.decision.GradeScale;
import org.concertation.api.domain.Action;
import org.concertation.api.domain.ActionId;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.College;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.CriterionId;
import org.concertation.api.domain.Indicator;
import org.concertation.api.domain.IndicatorId;
import org.concertation.api.domain.Objective;
import org.concertation.api.domain.ObjectiveId;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.Position;
import org.concertation.api.domain.Proposal;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.Rating;
import org.concertation.api.domain.Role;
import org.concertation.api.domain.Stake;
import org.concertation.api.domain.StakeId;
import org.concertation.api.event.AssessmentResult;
import org.concertation.core.json.JsonCodec;
import org.concertation.core.json.JsonCodecException;
import org.concertation.core.store.Snapshot;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link ProcessState} as a {@link Snapshot} and reads it back, so that a process can be
 * restarted from a saved state and the events after it instead of its whole stream. The payload is
 * UTF-8 JSON of format {@value #FORMAT}: every part of the state, each value of the api written by
 * the library's {@link JsonCodec} (so it follows that codec's mapping), maps as arrays of {@code
 * {"key", "value"}} in the state's own order, the stream and the version repeated inside.
 *
 * <p>A snapshot is a cache: {@link #decode} refuses one of another format, of another stream or
 * whose inner version is not the snapshot's, or whose JSON it cannot read, and the reader folds the
 * whole stream instead. A change to the layout gets a new format tag; older tags are refused, never
 * misread.
 *
 * <p><b>Personal data.</b> A state holds names and free texts (actors' names, the title, proposals'
 * texts, criteria): a snapshot holds them too, so a host that erases a person's data must also drop
 * the snapshots of the streams that held them; the next start then folds the events. Texts that the
 * state keeps itself (the title, the criteria) are written and read in one place, {@link #text} and
 * {@link #readText}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StateCodec {
  /** The format tag of the snapshots this codec writes and reads. */
  public static final String FORMAT = "process-state/json/1";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String KEY = "key";
  private static final String VALUE = "value";

  private final JsonCodec json = JsonCodec.create();

  private StateCodec() {}

  /**
   * The codec.
   *
   * @return the codec
   */
  public static StateCodec create() {
    return new StateCodec();
  }

  /**
   * A stream's state as a snapshot at the state's version.
   *
   * @param stream the stream's id
   * @param state its state, at version 1 or more
   * @return the snapshot, of format {@value #FORMAT}
   * @throws IllegalArgumentException if the stream id is blank or the state holds no event yet
   */
  public Snapshot encode(String stream, ProcessState state) {
    checkNotNull(state, "state must not be null");
    checkArgument(
        state.version >= 1,
        "Invalid state of stream '%s' to snapshot: version %s, no event yet",
        stream,
        state.version);
    // secret: the key of an open secret round must stay in the store's erasable part alone
    checkArgument(
        state.openRound == null || !state.openRound.isSecret(),
        "Invalid state of stream '%s' to snapshot: secret round %s is open, and its key must not"
            + " outlive it",
        stream,
        state.openRound == null ? 0 : state.openRound.number());
    ObjectNode root = NODES.objectNode();
    root.put("format", FORMAT);
    root.put("stream", stream);
    root.put("version", state.version);
    root.set("charter", json.toTree(state.charter));
    root.set("title", state.title == null ? NODES.nullNode() : text(state.title));
    root.set("phase", json.toTree(state.phase));
    root.set("lastAt", state.lastAt == null ? NODES.nullNode() : json.toTree(state.lastAt));
    root.set("members", entries(state.members, this::member));
    root.set("colleges", entries(state.colleges, json::toTree));
    root.set("collegeOrder", json.toTree(state.collegeOrder));
    root.set("contributionsByKind", entries(state.contributionsByKind, json::toTree));
    root.put("contributions", state.contributions);
    root.set("stakes", entries(state.stakes, json::toTree));
    root.put("validatedStakes", state.validatedStakes);
    root.set("proposals", entries(state.proposals, json::toTree));
    root.set("openRound", state.openRound == null ? NODES.nullNode() : round(state.openRound));
    root.put("roundsHeld", state.roundsHeld);
    root.set("objectives", entries(state.objectives, json::toTree));
    root.set("actions", entries(state.actions, json::toTree));
    root.set("indicators", entries(state.indicators, json::toTree));
    root.set("criteria", entries(state.criteria, this::text));
    root.set("ratings", entries(state.ratings, ratings -> entries(ratings, json::toTree)));
    root.set("deadlines", entries(state.deadlines, json::toTree));
    root.set(
        "roundDeadline",
        state.roundDeadline == null ? NODES.nullNode() : json.toTree(state.roundDeadline));
    // means: the expected effects' horizons
    root.set("effects", entries(state.effects, json::toTree));
    // exante: written only when there is something, so that other snapshots keep their bytes
    if (!state.prospects.isNone()) {
      root.set("prospects", prospects(state.prospects));
    }
    return Snapshot.of(
        stream, state.version, FORMAT, json.text(root).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The state a snapshot holds.
   *
   * @param snapshot a snapshot of format {@value #FORMAT}
   * @return the state at the snapshot's version
   * @throws IllegalArgumentException if the snapshot is of another format, of another stream or
   *     version than it says, or unreadable; the message names the stream, the version and where
   *     the fault is, never a value of the state
   */
  public ProcessState decode(Snapshot snapshot) {
    checkNotNull(snapshot, "snapshot must not be null");
    String stream = snapshot.stream();
    long version = snapshot.version();
    checkArgument(
        snapshot.format().equals(FORMAT),
        "Cannot read the snapshot of stream '%s' at version %s: its format is not %s",
        stream,
        version,
        FORMAT);
    JsonNode root;
    try {
      root = json.parse(new String(snapshot.payload(), StandardCharsets.UTF_8));
    } catch (JsonCodecException e) {
      throw unreadable(snapshot, "malformed JSON", e);
    }
    JsonNode inner = root.path("version");
    checkArgument(
        FORMAT.equals(root.path("format").textValue())
            && stream.equals(root.path("stream").textValue())
            && inner.isIntegralNumber()
            && inner.longValue() == version,
        "Cannot read the snapshot of stream '%s' at version %s: its payload is not of format %s"
            + " for this stream and version",
        stream,
        version,
        FORMAT);
    try {
      return read(root);
    } catch (JsonCodecException e) {
      // the path only: the codec's message may quote a value, a name or a free text
      throw unreadable(snapshot, "invalid JSON at " + e.path(), e);
    } catch (IllegalArgumentException e) {
      throw unreadable(snapshot, e.getClass().getSimpleName(), e);
    }
  }

  private static IllegalArgumentException unreadable(
      Snapshot snapshot, String reason, RuntimeException cause) {
    return new IllegalArgumentException(
        String.format(
            "Cannot read the snapshot of stream '%s' at version %s: %s",
            snapshot.stream(), snapshot.version(), reason),
        cause);
  }

  private ProcessState read(JsonNode root) {
    ProcessState.Builder b = new ProcessState.Builder();
    b.charter = json.read(root.path("charter"), Charter.class, "$.charter");
    b.version = json.read(root.path("version"), Long.class, "$.version");
    b.title = root.path("title").isNull() ? null : readText(root.path("title"), "$.title");
    b.phase = json.read(root.path("phase"), Phase.class, "$.phase");
    b.lastAt = optional(root, "lastAt", Instant.class);
    b.members = field(root, "members", ActorId.class, this::readMember);
    b.colleges = field(root, "colleges", CollegeId.class, typed(College.class));
    ImmutableList.Builder<CollegeId> order = ImmutableList.builder();
    JsonNode collegeOrder = array(root.path("collegeOrder"), "$.collegeOrder");
    for (int i = 0; i < collegeOrder.size(); i++) {
      order.add(json.read(collegeOrder.get(i), CollegeId.class, "$.collegeOrder[" + i + "]"));
    }
    b.collegeOrder = order.build();
    b.contributionsByKind =
        field(root, "contributionsByKind", ActorKind.class, typed(Integer.class));
    b.contributions = json.read(root.path("contributions"), Integer.class, "$.contributions");
    b.stakes = field(root, "stakes", StakeId.class, typed(Stake.class));
    b.validatedStakes = json.read(root.path("validatedStakes"), Integer.class, "$.validatedStakes");
    b.proposals = field(root, "proposals", ProposalId.class, typed(Proposal.class));
    b.openRound =
        root.path("openRound").isNull() ? null : readRound(root.path("openRound"), "$.openRound");
    b.roundsHeld = json.read(root.path("roundsHeld"), Integer.class, "$.roundsHeld");
    b.objectives = field(root, "objectives", ObjectiveId.class, typed(Objective.class));
    b.actions = field(root, "actions", ActionId.class, typed(Action.class));
    b.indicators = field(root, "indicators", IndicatorId.class, typed(Indicator.class));
    b.criteria = field(root, "criteria", CriterionId.class, this::readText);
    b.ratings =
        field(
            root,
            "ratings",
            CriterionId.class,
            (node, path) -> readEntries(node, path, ActorId.class, typed(Rating.class)));
    ImmutableMap.Builder<Phase, Instant> deadlines = ImmutableMap.builder();
    field(root, "deadlines", Phase.class, typed(Instant.class)).forEach(deadlines::put);
    b.deadlines = deadlines.buildOrThrow();
    b.roundDeadline = optional(root, "roundDeadline", Instant.class);
    // means: a snapshot saved before expected effects existed has none
    b.effects =
        root.has("effects")
            ? field(root, "effects", IndicatorId.class, typed(LocalDate.class))
            : PersistentMap.empty();
    // exante: absent from snapshots of processes without criteria scales or assessments
    if (root.has("prospects")) {
      b.prospects = readProspects(root.path("prospects"), "$.prospects");
    }
    return b.build();
  }

  // exante: criteria early and prospective assessment

  private JsonNode prospects(Prospects p) {
    ObjectNode node = NODES.objectNode();
    node.set("scales", entries(p.scales, json::toTree));
    node.put("held", p.held);
    Prospects.Assessment open = p.open;
    if (open != null) {
      ObjectNode a = node.putObject("open");
      a.put("number", open.number());
      a.set("agenda", json.toTree(open.agenda()));
      a.set("criteria", entries(open.criteria(), json::toTree));
      a.set("grades", entries(open.grades(), grades -> entries(grades, json::toTree)));
    }
    node.set("assessed", entries(p.assessed, json::toTree));
    node.set(
        "actionGrades",
        entries(
            p.actionGrades,
            byCriterion -> entries(byCriterion, byActor -> entries(byActor, json::toTree))));
    return node;
  }

  private Prospects readProspects(JsonNode node, String path) {
    JsonNode openNode = node.path("open");
    Prospects.Assessment open = null;
    if (!openNode.isMissingNode() && !openNode.isNull()) {
      String at = path + ".open";
      ImmutableList.Builder<ProposalId> agenda = ImmutableList.builder();
      JsonNode ids = array(openNode.path("agenda"), at + ".agenda");
      for (int i = 0; i < ids.size(); i++) {
        agenda.add(json.read(ids.get(i), ProposalId.class, at + ".agenda[" + i + "]"));
      }
      ImmutableMap.Builder<CriterionId, GradeScale> criteria = ImmutableMap.builder();
      JsonNode pairs = array(openNode.path("criteria"), at + ".criteria");
      for (int i = 0; i < pairs.size(); i++) {
        String pairAt = at + ".criteria[" + i + "]";
        criteria.put(
            json.read(pairs.get(i).path(KEY), CriterionId.class, pairAt + "." + KEY),
            json.read(pairs.get(i).path(VALUE), GradeScale.class, pairAt + "." + VALUE));
      }
      open =
          new Prospects.Assessment(
              json.read(openNode.path("number"), Integer.class, at + ".number"),
              agenda.build(),
              criteria.buildOrThrow(),
              readEntries(
                  openNode.path("grades"),
                  at + ".grades",
                  CriterionId.class,
                  (grades, g) ->
                      readEntries(
                          grades,
                          g,
                          ActorId.class,
                          (ballot, b) -> json.read(ballot, Ballot.Grades.class, b))));
    }
    return new Prospects(
        readEntries(
            node.path("scales"), path + ".scales", CriterionId.class, typed(GradeScale.class)),
        open,
        json.read(node.path("held"), Integer.class, path + ".held"),
        readEntries(
            node.path("assessed"),
            path + ".assessed",
            ProposalId.class,
            (results, r) -> {
              ImmutableList.Builder<AssessmentResult> list = ImmutableList.builder();
              JsonNode items = array(results, r);
              for (int i = 0; i < items.size(); i++) {
                list.add(json.read(items.get(i), AssessmentResult.class, r + "[" + i + "]"));
              }
              return list.build();
            }),
        readEntries(
            node.path("actionGrades"),
            path + ".actionGrades",
            ActionId.class,
            (byCriterion, c) ->
                readEntries(
                    byCriterion,
                    c,
                    CriterionId.class,
                    (byActor, a) -> readEntries(byActor, a, ActorId.class, typed(Integer.class)))));
  }

  /** A text the state keeps itself: the one place where such texts are written. */
  private JsonNode text(String text) {
    return NODES.textNode(text);
  }

  /** A text the state keeps itself, read back: the one place where such texts are read. */
  private String readText(JsonNode node, String path) {
    return json.read(node, String.class, path);
  }

  private JsonNode member(Member member) {
    ObjectNode node = NODES.objectNode();
    node.set("actor", json.toTree(member.actor()));
    node.set("role", json.toTree(member.role()));
    node.set("college", json.toTree(member.college()));
    // consent: written only for who left, so that snapshots taken before read as they were
    member.left().ifPresent(at -> node.set("left", json.toTree(at)));
    return node;
  }

  private Member readMember(JsonNode node, String path) {
    JsonNode college = node.path("college");
    return new Member(
        json.read(node.path("actor"), Actor.class, path + ".actor"),
        json.read(node.path("role"), Role.class, path + ".role"),
        college.isNull()
            ? Optional.empty()
            : Optional.of(json.read(college, CollegeId.class, path + ".college")),
        node.hasNonNull("left")
            ? Optional.of(json.read(node.get("left"), Instant.class, path + ".left"))
            : Optional.empty());
  }

  private JsonNode round(RoundState round) {
    ObjectNode node = NODES.objectNode();
    node.put("number", round.number());
    node.set("agenda", json.toTree(round.agenda()));
    node.set("rule", json.toTree(round.rule()));
    node.set(
        "positions", entries(round.positions(), positions -> entries(positions, json::toTree)));
    node.set("ballotRule", json.toTree(round.ballotRule()));
    node.set("ballots", entries(round.ballots(), json::toTree));
    return node;
  }

  private RoundState readRound(JsonNode node, String path) {
    ImmutableList.Builder<ProposalId> agenda = ImmutableList.builder();
    JsonNode ids = array(node.path("agenda"), path + ".agenda");
    for (int i = 0; i < ids.size(); i++) {
      agenda.add(json.read(ids.get(i), ProposalId.class, path + ".agenda[" + i + "]"));
    }
    JsonNode ballotRule = node.path("ballotRule");
    return RoundState.restore(
        json.read(node.path("number"), Integer.class, path + ".number"),
        agenda.build(),
        json.read(node.path("rule"), DecisionRule.class, path + ".rule"),
        readEntries(
            node.path("positions"),
            path + ".positions",
            ProposalId.class,
            (positions, at) -> readEntries(positions, at, ActorId.class, typed(Position.class))),
        ballotRule.isNull()
            ? Optional.empty()
            : Optional.of(json.read(ballotRule, BallotRule.class, path + ".ballotRule")),
        readEntries(node.path("ballots"), path + ".ballots", ActorId.class, typed(Ballot.class)));
  }

  /** A map as an array of {@code {"key", "value"}}, in the map's own order. */
  private <K, V> ArrayNode entries(Map<K, V> map, Function<V, JsonNode> value) {
    ArrayNode array = NODES.arrayNode();
    for (Map.Entry<K, V> entry : map.entrySet()) {
      ObjectNode pair = array.addObject();
      pair.set(KEY, json.toTree(entry.getKey()));
      pair.set(VALUE, value.apply(entry.getValue()));
    }
    return array;
  }

  /** A reader of one value at a path. */
  @FunctionalInterface
  private interface Reader<T> {
    T read(JsonNode node, String path);
  }

  private <T> Reader<T> typed(Class<T> type) {
    return (node, path) -> json.read(node, type, path);
  }

  /** The map in a field of the root. */
  private <K, V> PersistentMap<K, V> field(
      JsonNode root, String field, Class<K> key, Reader<V> value) {
    return readEntries(root.path(field), "$." + field, key, value);
  }

  /** The entries of an array of {@code {"key", "value"}}, put in the array's order. */
  private <K, V> PersistentMap<K, V> readEntries(
      JsonNode node, String path, Class<K> key, Reader<V> value) {
    JsonNode array = array(node, path);
    PersistentMap<K, V> map = PersistentMap.empty();
    for (int i = 0; i < array.size(); i++) {
      String at = path + "[" + i + "]";
      JsonNode pair = array.get(i);
      K k = json.read(pair.path(KEY), key, at + "." + KEY);
      checkArgument(!map.containsKey(k), "a key twice at %s", at);
      map = map.plus(k, value.read(pair.path(VALUE), at + "." + VALUE));
    }
    return map;
  }

  private static JsonNode array(JsonNode node, String path) {
    checkArgument(node.isArray(), "no array at %s", path);
    return node;
  }

  private <T> @Nullable T optional(JsonNode root, String field, Class<T> type) {
    JsonNode node = root.path(field);
    return node.isNull() ? null : json.read(node, type, "$." + field);
  }

  @Override
  public String toString() {
    return "StateCodec{" + FORMAT + "}";
  }
}
