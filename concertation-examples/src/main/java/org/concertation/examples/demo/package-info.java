/**
 * The flagship example, "a neighbourhood that opens onto its city": one small French town, run once
 * under the project logic and once under the mission logic, and told as a Markdown account.
 *
 * <p>Start with {@link org.concertation.examples.demo.Demo}. The two scenarios are written to be
 * read side by side: {@code ProjectScenario} and {@code MissionScenario} drive the same state
 * machine, on the same territory, with commands that only their own charter accepts. {@code
 * BudgetScenario} runs the town's participatory budget on the same machine.
 *
 * <p>The scenarios are written in English; {@code Story} gives their words in the run's language,
 * from the French catalogue {@code story_fr.txt} beside them.
 */
@NullMarked
package org.concertation.examples.demo;

import org.jspecify.annotations.NullMarked;
