package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.core.process.Fixture.ASSO;
import static org.concertation.core.process.Fixture.FACILITATOR;
import static org.concertation.core.process.Fixture.INES;
import static org.concertation.core.process.Fixture.IVAN;
import static org.concertation.core.process.Fixture.LANDLORD;
import static org.concertation.core.process.Fixture.OWNER;
import static org.concertation.core.process.Fixture.START;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.concertation.api.charter.Activity;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.College;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.Role;
import org.concertation.api.event.Event;
import org.concertation.api.rejection.Entity;
import org.concertation.api.rejection.Rejection;
import org.concertation.core.Charters;
import org.junit.jupiter.api.Test;

class RegistrationSpec {
  private static final CollegeId INHABITANTS = CollegeId.of("inhabitants");
  private static final CollegeId ASSOCIATIONS = CollegeId.of("associations");
  private static final Actor CLUB = Actor.of("sports-club", "Sports club", ActorKind.ASSOCIATION);

  private final Fixture f = new Fixture();

  private Spec.Given emptyProject() {
    return Spec.given(Charters.projectLogic(), List.of());
  }

  @Test
  void theFirstActorRegistersItselfAsProjectOwner() {
    Command command = f.register(OWNER, OWNER, Role.PROJECT_OWNER);
    ProcessState after =
        emptyProject()
            .when(command)
            .then(
                new Event.ActorRegistered(
                    command.at(),
                    OWNER.id(),
                    OWNER,
                    Role.PROJECT_OWNER,
                    Optional.of(CollegeId.of("institutions"))));
    assertThat(after.member(OWNER.id()))
        .hasValueSatisfying(m -> assertThat(m.role()).isEqualTo(Role.PROJECT_OWNER));
    assertThat(after.phase()).isEqualTo(Phase.FRAMING);
    assertThat(after.version()).isEqualTo(1);
  }

  @Test
  void theFirstActorOpensItsProcessEvenWhenTheCharterDoesNotGrantItRegister() {
    Charter noRegister =
        Charter.builder()
            .from(Charters.missionLogic())
            .grants(
                Charters.missionLogic().grants().stream()
                    .filter(g -> g.activity() != Activity.REGISTER)
                    .toList())
            .build();
    Spec.given(noRegister, List.of())
        .when(f.register(OWNER, OWNER, Role.PROJECT_OWNER))
        .thenAccepted();
  }

  @Test
  void rejectsAFirstActorThatIsNotTheProjectOwner() {
    emptyProject()
        .when(f.register(INES, INES, Role.PARTICIPANT))
        .thenRejected(
            new Rejection.InvalidRegistration(
                INES.id(), "the first actor must register itself as project owner"));
  }

  @Test
  void rejectsAFirstActorRegisteredBySomeoneElse() {
    emptyProject()
        .when(f.register(FACILITATOR, OWNER, Role.PROJECT_OWNER))
        .thenRejected(Rejection.InvalidRegistration.class);
  }

  @Test
  void anActorJoinsAsAParticipantInTheCollegeOfItsKind() {
    Run run = new Run(Charters.projectLogic()).ok(f.register(OWNER, OWNER, Role.PROJECT_OWNER));
    Command command = f.join(INES);
    Spec.given(run)
        .when(command)
        .then(
            new Event.ActorRegistered(
                command.at(), INES.id(), INES, Role.PARTICIPANT, Optional.of(INHABITANTS)));
  }

  @Test
  void anActorOfAKindWithoutCollegeJoinsNoCollege() {
    Run run = new Run(Charters.missionLogic()).ok(f.register(OWNER, OWNER, Role.PROJECT_OWNER));
    Command command = f.join(INES);
    Spec.given(run)
        .when(command)
        .then(
            new Event.ActorRegistered(
                command.at(), INES.id(), INES, Role.PARTICIPANT, Optional.empty()));
  }

  @Test
  void rejectsASelfRegistrationWithAnotherRoleThanParticipant() {
    Run run = new Run(Charters.projectLogic()).ok(f.register(OWNER, OWNER, Role.PROJECT_OWNER));
    Rejection.InvalidRegistration rejection =
        Spec.given(run)
            .when(f.register(INES, INES, Role.FACILITATOR))
            .thenRejected(Rejection.InvalidRegistration.class);
    assertThat(rejection.actor()).isEqualTo(INES.id());
  }

  @Test
  void theOwnerRegistersAFacilitatorInANamedCollege() {
    Run run = new Run(Charters.projectLogic()).ok(f.register(OWNER, OWNER, Role.PROJECT_OWNER));
    Command command =
        new Command.RegisterActor(
            OWNER.id(), f.at(), ASSO, Role.FACILITATOR, Optional.of(ASSOCIATIONS));
    ProcessState after =
        Spec.given(run)
            .when(command)
            .then(
                new Event.ActorRegistered(
                    command.at(), OWNER.id(), ASSO, Role.FACILITATOR, Optional.of(ASSOCIATIONS)));
    assertThat(after.member(ASSO.id()).orElseThrow().college()).contains(ASSOCIATIONS);
  }

  @Test
  void rejectsAnUnknownCollege() {
    Run run = new Run(Charters.projectLogic()).ok(f.register(OWNER, OWNER, Role.PROJECT_OWNER));
    Command command =
        new Command.RegisterActor(
            OWNER.id(), f.at(), ASSO, Role.PARTICIPANT, Optional.of(CollegeId.of("elders")));
    Spec.given(run).when(command).thenRejected(new Rejection.Unknown(Entity.COLLEGE, "elders"));
  }

  @Test
  void rejectsAnActorRegisteredTwice() {
    Run run = f.framed(Charters.projectLogic());
    Spec.given(run)
        .when(f.join(INES))
        .thenRejected(new Rejection.AlreadyExists(Entity.ACTOR, "ines"));
  }

  @Test
  void rejectsARegistrationByAnUnknownActor() {
    Run run = new Run(Charters.projectLogic()).ok(f.register(OWNER, OWNER, Role.PROJECT_OWNER));
    Spec.given(run)
        .when(f.register(IVAN, INES, Role.PARTICIPANT))
        .thenRejected(new Rejection.Unknown(Entity.ACTOR, "ivan"));
  }

  @Test
  void rejectsARegistrationOfAnotherActorByAParticipant() {
    Run run = f.framed(Charters.projectLogic());
    Spec.given(run)
        .when(f.register(INES, CLUB, Role.PARTICIPANT))
        .thenRejected(
            new Rejection.NotPermitted(
                INES.id(), Activity.REGISTER, Phase.FRAMING, Command.RegisterActor.class));
  }

  @Test
  void underTheMissionLogicAFacilitatorMayNotRegisterOthers() {
    Run run = f.framed(Charters.missionLogic());
    Spec.given(run)
        .when(f.register(FACILITATOR, CLUB, Role.PARTICIPANT))
        .thenRejected(
            new Rejection.NotPermitted(
                FACILITATOR.id(), Activity.REGISTER, Phase.FRAMING, Command.RegisterActor.class));
  }

  @Test
  void rejectsJoiningOnceTheActionHasStarted() {
    Run run = f.inAction(Charters.projectLogic());
    Spec.given(run)
        .when(f.join(CLUB))
        .thenRejected(
            new Rejection.WrongPhase(Activity.JOIN, Phase.ACTION, Command.RegisterActor.class));
  }

  @Test
  void rejectsJoiningAfterTheDeadlineOfThePhase() {
    Charter charter =
        Charter.builder()
            .from(Charters.projectLogic())
            .putDeadlines(Phase.FRAMING, START.plus(Duration.ofHours(1)))
            .build();
    Run run = f.framed(charter);
    f.skip(Duration.ofDays(1));
    Command command = f.join(CLUB);
    Spec.given(run)
        .when(command)
        .thenRejected(
            new Rejection.DeadlinePassed(
                Phase.FRAMING,
                START.plus(Duration.ofHours(1)),
                command.at(),
                Command.RegisterActor.class));
  }

  @Test
  void rejectsACommandDatedBeforeTheLastEvent() {
    Run run = f.framed(Charters.projectLogic());
    Command command =
        new Command.RegisterActor(CLUB.id(), START, CLUB, Role.PARTICIPANT, Optional.empty());
    Spec.given(run).when(command).thenRejected(new Rejection.TimeWentBack(f.last(), START));
  }

  @Test
  void acceptsACommandDatedAtTheSameInstantAsTheLastEvent() {
    Run run = f.framed(Charters.projectLogic());
    Command command =
        new Command.RegisterActor(CLUB.id(), f.last(), CLUB, Role.PARTICIPANT, Optional.empty());
    Spec.given(run).when(command).thenAccepted();
  }

  @Test
  void theOwnerRegistersACollege() {
    Run run = f.framed(Charters.missionLogic());
    College elders = College.of("elders", "Elders", 2, ActorKind.INHABITANT);
    Command command = f.registerCollege(OWNER, elders);
    ProcessState after =
        Spec.given(run)
            .when(command)
            .then(new Event.CollegeRegistered(command.at(), OWNER.id(), elders));
    assertThat(after.colleges()).containsEntry(elders.id(), elders);
  }

  @Test
  void aRegisteredCollegeBecomesTheDefaultCollegeOfItsKinds() {
    Run run = f.framed(Charters.missionLogic());
    College elders = College.of("elders", "Elders", 2, ActorKind.INHABITANT);
    run.ok(f.registerCollege(OWNER, elders));
    Actor irene = Actor.of("irene", "Irène", ActorKind.INHABITANT);
    ProcessState after = Spec.given(run).when(f.join(irene)).thenAccepted();
    assertThat(after.member(irene.id()).orElseThrow().college()).contains(elders.id());
  }

  @Test
  void rejectsAnInhabitantJoiningTheInstitutionsCollege() {
    Actor irene = Actor.of("irene", "Irène", ActorKind.INHABITANT);
    Spec.given(f.framed(Charters.projectLogic()))
        .when(
            new Command.RegisterActor(
                irene.id(),
                f.at(),
                irene,
                Role.PARTICIPANT,
                Optional.of(CollegeId.of("institutions"))))
        .thenRejected(
            new Rejection.InvalidRegistration(
                irene.id(), "college 'institutions' is for [institution], not for inhabitant"));
  }

  @Test
  void anActorJoinsANamedCollegeThatIsOpenToEveryKind() {
    Run run = f.framed(Charters.projectLogic());
    College neighbours = College.of("neighbours", "Neighbours", 1);
    run.ok(f.registerCollege(OWNER, neighbours));
    Actor irene = Actor.of("irene", "Irène", ActorKind.INHABITANT);
    ProcessState after =
        Spec.given(run)
            .when(
                new Command.RegisterActor(
                    irene.id(), f.at(), irene, Role.PARTICIPANT, Optional.of(neighbours.id())))
            .thenAccepted();
    assertThat(after.member(irene.id()).orElseThrow().college()).contains(neighbours.id());
  }

  @Test
  void rejectsACollegeRegisteredTwice() {
    Run run = f.framed(Charters.projectLogic());
    Spec.given(run)
        .when(
            f.registerCollege(
                OWNER, College.of("inhabitants", "Inhabitants again", 1, ActorKind.INHABITANT)))
        .thenRejected(new Rejection.AlreadyExists(Entity.COLLEGE, "inhabitants"));
  }

  @Test
  void rejectsACollegeRegisteredByAParticipant() {
    Run run = f.framed(Charters.projectLogic());
    Spec.given(run)
        .when(f.registerCollege(LANDLORD, College.of("elders", "Elders", 1)))
        .thenRejected(
            new Rejection.NotPermitted(
                LANDLORD.id(), Activity.REGISTER, Phase.FRAMING, Command.RegisterCollege.class));
  }
}
