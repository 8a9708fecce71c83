package org.concertation.examples.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.concertation.api.command.Command;
import org.concertation.api.event.Event;
import org.concertation.core.json.JsonCodec;

/**
 * Writes a scenario file that replays given events: each event becomes the command that caused it.
 * The samples under {@code scenarios/} were recorded this way from the flagship demo.
 */
final class Recorder {
  private static final JsonCodec CODEC = JsonCodec.create();

  private Recorder() {}

  static String record(
      String title, String stream, String charter, Instant start, List<Event> events) {
    Duration step = Scenario.DEFAULT_STEP;
    List<String> actors = new ArrayList<>();
    List<String> commands = new ArrayList<>();
    Instant now = start;
    boolean registering = true;
    for (Event event : events) {
      Command command = commandOf(event);
      Instant at = event.at();
      boolean onTime = at.equals(now.plus(step));
      now = at;
      if (registering && command instanceof Command.RegisterActor r) {
        ObjectNode actor = (ObjectNode) CODEC.toTree(r.actor());
        if (actor.path("competences").isEmpty()) {
          actor.remove("competences");
        }
        if (actor.path("resources").isEmpty()) {
          actor.remove("resources");
        }
        actor.put("role", r.role().name());
        r.college().ifPresent(c -> actor.put("college", c.value()));
        if (!r.by().equals(r.actor().id())) {
          actor.put("registeredBy", r.by().value());
        }
        if (!onTime) {
          actor.put("at", at.toString());
        }
        actors.add(CODEC.text(actor));
        continue;
      }
      registering = false;
      ObjectNode node = (ObjectNode) CODEC.toTree(command);
      if (onTime) {
        node.remove("at");
      }
      commands.add(CODEC.text(node));
    }
    return "{\n"
        + "  \"title\": "
        + CODEC.text(CODEC.toTree(title))
        + ",\n"
        + "  \"stream\": "
        + CODEC.text(CODEC.toTree(stream))
        + ",\n"
        + "  \"charter\": "
        + CODEC.text(CODEC.toTree(charter))
        + ",\n"
        + "  \"start\": \""
        + start
        + "\",\n"
        + "  \"step\": \""
        + step
        + "\",\n"
        + "  \"actors\": [\n    "
        + String.join(",\n    ", actors)
        + "\n  ],\n"
        + "  \"commands\": [\n    "
        + String.join(",\n    ", commands)
        + "\n  ]\n"
        + "}\n";
  }

  static Command commandOf(Event event) {
    return event.accept(
        new Event.Visitor<Command>() {
          @Override
          public Command visit(Event.ActorRegistered e) {
            return new Command.RegisterActor(e.by(), e.at(), e.actor(), e.role(), e.college());
          }

          @Override
          public Command visit(Event.PanelDrawn e) {
            return new Command.RecordPanelDraw(e.by(), e.at(), e.college(), e.draw());
          }

          @Override
          public Command visit(Event.CollegeRegistered e) {
            return new Command.RegisterCollege(e.by(), e.at(), e.college());
          }

          @Override
          public Command visit(Event.PhaseAdvanced e) {
            return new Command.AdvancePhase(e.by(), e.at());
          }

          @Override
          public Command visit(Event.PhaseReopened e) {
            return new Command.ReopenPhase(e.by(), e.at(), e.to(), e.reason());
          }

          @Override
          public Command visit(Event.ContributionMade e) {
            return new Command.Contribute(e.by(), e.at(), e.text(), e.stakes());
          }

          @Override
          public Command visit(Event.StakeIdentified e) {
            return new Command.IdentifyStake(e.by(), e.at(), e.stake(), e.title());
          }

          @Override
          public Command visit(Event.StakeValidated e) {
            return new Command.ValidateStake(e.by(), e.at(), e.stake());
          }

          @Override
          public Command visit(Event.ProposalSubmitted e) {
            return new Command.SubmitProposal(
                e.authors().asList().get(0),
                e.at(),
                e.proposal(),
                e.content(),
                com.google.common.collect.ImmutableSet.copyOf(
                    e.authors().asList().subList(1, e.authors().size())));
          }

          @Override
          public Command visit(Event.ProposalAmended e) {
            return new Command.AmendProposal(
                e.by(), e.at(), e.proposal(), e.content(), e.rationale());
          }

          @Override
          public Command visit(Event.ProposalsMerged e) {
            return new Command.MergeProposals(e.by(), e.at(), e.result(), e.sources(), e.content());
          }

          @Override
          public Command visit(Event.ProposalWithdrawn e) {
            return new Command.WithdrawProposal(e.by(), e.at(), e.proposal(), e.reason());
          }

          @Override
          public Command visit(Event.RoundOpened e) {
            return new Command.OpenRound(e.by(), e.at(), e.agenda());
          }

          @Override
          public Command visit(Event.PositionTaken e) {
            return new Command.TakePosition(
                e.position().actor(),
                e.at(),
                e.proposal(),
                e.position().stance(),
                e.position().reason());
          }

          @Override
          public Command visit(Event.RoundClosed e) {
            return new Command.CloseRound(e.by(), e.at());
          }

          @Override
          public Command visit(Event.ProposalAnswered e) {
            return new Command.AnswerProposal(
                e.by(), e.at(), e.proposal(), e.answer(), e.reasoning());
          }

          @Override
          public Command visit(Event.ObjectiveAdopted e) {
            return new Command.AdoptObjective(e.by(), e.at(), e.objective(), e.title(), e.from());
          }

          @Override
          public Command visit(Event.ActionLaunched e) {
            return new Command.LaunchAction(e.by(), e.at(), e.action(), e.objective(), e.title());
          }

          @Override
          public Command visit(Event.CommitmentMade e) {
            return new Command.Commit(
                e.commitment().actor(), e.at(), e.action(), e.commitment().resource());
          }

          @Override
          public Command visit(Event.IndicatorDefined e) {
            return new Command.DefineIndicator(
                e.by(), e.at(), e.indicator(), e.action(), e.name(), e.unit(), e.expected());
          }

          @Override
          public Command visit(Event.IndicatorReported e) {
            return new Command.ReportIndicator(e.by(), e.at(), e.indicator(), e.observed());
          }

          @Override
          public Command visit(Event.CriterionDefined e) {
            return new Command.DefineCriterion(e.by(), e.at(), e.criterion(), e.title());
          }

          @Override
          public Command visit(Event.RatingGiven e) {
            return new Command.Rate(
                e.rating().actor(),
                e.at(),
                e.rating().criterion(),
                e.rating().score(),
                e.rating().comment());
          }

          @Override
          public Command visit(Event.ProcessClosed e) {
            return new Command.Close(e.by(), e.at(), e.summary());
          }

          @Override
          public Command visit(Event.ProcessAbandoned e) {
            return new Command.Abandon(e.by(), e.at(), e.reason());
          }
        });
  }
}
