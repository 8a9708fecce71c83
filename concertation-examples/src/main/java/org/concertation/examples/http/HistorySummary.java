package org.concertation.examples.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.util.List;
import org.concertation.api.charter.Charter;
import org.concertation.api.decision.Verdict;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.event.Event;
import org.concertation.core.history.DecisionFact;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.history.ProposalHistory;
import org.concertation.core.history.RoundFact;
import org.concertation.core.log.EventLog;

/**
 * The summary of a process read from its {@link ProcessHistory}: per closed round, the proposals it
 * adopted, rejected and carried to a later round (still open after it), and whether a tie was
 * decided; the head is the hash of the last line of the process's hash-chained log ({@link
 * EventLog}), the header's when it has no event.
 *
 * <p>This class is immutable and thread-safe.
 */
final class HistorySummary implements Summary {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final EventLog log = EventLog.create();

  @Override
  public ObjectNode of(String stream, Charter charter, List<Event> events) {
    ProcessHistory history = ProcessHistory.of(charter, events);
    ObjectNode summary = NODES.objectNode();
    summary.put("stream", stream);
    summary.put("events", events.size());
    summary.put("phase", history.phase().name());
    summary.put("head", head(stream, charter, events));
    ArrayNode rounds = summary.putArray("rounds");
    for (RoundFact round : history.rounds()) {
      ObjectNode row = rounds.addObject();
      row.put("round", round.number());
      row.put("rule", round.rule().method().name());
      ImmutableList<DecisionFact> decisions =
          round.closing().map(c -> c.decisions()).orElse(ImmutableList.of());
      ids(row.putArray("adopted"), decisions, ProposalStatus.ADOPTED);
      ids(row.putArray("rejected"), decisions, ProposalStatus.REJECTED);
      ids(row.putArray("carried"), decisions, ProposalStatus.OPEN);
      row.put("tie", decisions.stream().anyMatch(d -> d.verdict() == Verdict.TIED));
    }
    ObjectNode proposals = summary.putObject("proposals");
    for (ProposalHistory proposal : history.proposals()) {
      proposals.put(proposal.id().value(), proposal.status().name());
    }
    return summary;
  }

  private static void ids(ArrayNode into, List<DecisionFact> decisions, ProposalStatus status) {
    for (DecisionFact decision : decisions) {
      if (decision.status() == status) {
        into.add(decision.proposal().value());
      }
    }
  }

  private String head(String stream, Charter charter, List<Event> events) {
    String header = log.header(stream, charter);
    ImmutableList<String> lines = log.chain(log.hashOf(header), 1, events);
    return log.hashOf(lines.isEmpty() ? header : lines.get(lines.size() - 1));
  }
}
