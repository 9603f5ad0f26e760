/**
 * The renderer contract kit: what every {@link io.github.actionplan.report.spi.ReportRenderer},
 * ours and a plugin author's, passes.
 *
 * <p>Subclass {@link io.github.actionplan.testkit.RendererContractTest} with your renderer and a
 * text extractor for your format. The fixtures it renders are public too:
 * {@link io.github.actionplan.testkit.SeedPlans} (the two real plans),
 * {@link io.github.actionplan.testkit.HostileStrings} and
 * {@link io.github.actionplan.testkit.ContractFixtures}; and
 * {@link io.github.actionplan.testkit.ReportTexts} says which strings a report shows.
 */
package io.github.actionplan.testkit;
