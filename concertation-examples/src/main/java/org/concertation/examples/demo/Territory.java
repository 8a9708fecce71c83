package org.concertation.examples.demo;

import java.time.Instant;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.Competence;
import org.concertation.api.domain.Naming;
import org.concertation.api.domain.Resource;
import org.concertation.api.domain.StakeId;

/**
 * Saint-Aubin-les-Prés, a small French town of 9,000 people, and the people and bodies who live and
 * work there. Les Tilleuls, a social-housing estate of the 1970s, lies beyond the ring road, cut
 * off from the old town centre, Le Vieux Bourg. Both scenarios play on this same territory.
 *
 * <p>Each actor declares what it knows how to do and what it can bring: in the project logic these
 * competences are pooled into co-carried actions.
 */
final class Territory {
  /** The name of the town, for titles. */
  static final String TOWN = "Saint-Aubin-les-Prés";

  /** When both processes start: a Monday morning, in framing. */
  static final Instant START = Instant.parse("2026-01-12T09:00:00Z");

  // --- institutions: they hold the policy orientation, the budgets and the land

  static final Actor TOWN_HALL =
      Actor.of("town-hall", "Town hall of Saint-Aubin", ActorKind.INSTITUTION)
          .withCompetence(Competence.of("public works"))
          .withResource(Resource.money(250_000));
  static final Actor LANDLORD =
      Actor.of("landlord", "Val-de-Loire Habitat (social landlord)", ActorKind.INSTITUTION)
          .withCompetence(Competence.of("building management"));
  static final Actor PREFECTURE =
      Actor.of("prefecture", "Prefecture (urban policy delegate)", ActorKind.INSTITUTION)
          .withResource(Resource.money(100_000));

  // --- inhabitants: two of Les Tilleuls, two of Le Vieux Bourg; the story tells what each one
  // said, so each consented to be named in the public record

  static final Actor AMINA =
      Actor.of("amina", "Amina B. (Les Tilleuls)", ActorKind.INHABITANT).withNaming(Naming.BY_NAME);
  static final Actor KARIM =
      Actor.of("karim", "Karim D. (Les Tilleuls)", ActorKind.INHABITANT).withNaming(Naming.BY_NAME);
  static final Actor LUCIE =
      Actor.of("lucie", "Lucie M. (Le Vieux Bourg)", ActorKind.INHABITANT)
          .withCompetence(Competence.of("landscape gardening"))
          .withNaming(Naming.BY_NAME);
  static final Actor MARCEL =
      Actor.of("marcel", "Marcel R. (Le Vieux Bourg)", ActorKind.INHABITANT)
          .withNaming(Naming.BY_NAME);

  // --- associations: they know the ground and can carry activities

  static final Actor RESIDENTS =
      Actor.of("residents", "Tilleuls residents' association", ActorKind.ASSOCIATION);
  static final Actor CLUB =
      Actor.of("sports-club", "US Saint-Aubin sports club", ActorKind.ASSOCIATION)
          .withCompetence(Competence.of("sports coaching"));
  static final Actor SOCIAL_CENTRE =
      Actor.of("social-centre", "La Passerelle social centre", ActorKind.ASSOCIATION)
          .withCompetence(Competence.of("youth work"));

  // --- the process's neutral roles: a kind of their own, outside every college; they answer for
  // the process in public, by name

  static final ActorKind INDEPENDENT = ActorKind.of("independent");
  static final Actor FACILITATOR =
      Actor.of("facilitator", "Claire V., facilitator", INDEPENDENT).withNaming(Naming.BY_NAME);
  static final Actor GUARANTOR =
      Actor.of("guarantor", "Paul H., guarantor", INDEPENDENT).withNaming(Naming.BY_NAME);

  // --- stakes of the territory

  static final StakeId ISOLATION = StakeId.of("isolation");
  static final StakeId YOUTH = StakeId.of("youth");
  static final StakeId PUBLIC_SPACE = StakeId.of("public-space");
  static final StakeId MEETING = StakeId.of("meeting");
  static final StakeId SECURITY = StakeId.of("security");

  private Territory() {}
}
