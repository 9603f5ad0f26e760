/**
 * The renderer plugin interface and its registry.
 *
 * <p>A format is a {@link io.github.actionplan.report.spi.ReportRenderer} listed in
 * {@code META-INF/services/io.github.actionplan.report.spi.ReportRenderer};
 * {@link io.github.actionplan.report.spi.ReportRenderers#load()} finds every one on the class path,
 * {@link io.github.actionplan.report.spi.ReportRenderers#of(ReportRenderer...)} takes the ones you
 * give it. Options travel in {@link io.github.actionplan.report.spi.RenderOptions}, a value with
 * defaults, so the interface never has to change to grow.
 *
 * <h2>Why there are no priorities</h2>
 * When two renderers on a class path claim one format the registry blocks that format, naming both
 * classes and their jars, instead of picking one (the other formats stay usable). Picking by priority
 * or class-path order would let the order of jars on a class path change the bytes of a committee
 * paper without anyone noticing. Two copies of one renderer class (two versions of one plugin, or one
 * jar on the class path and another in a plugin folder) are the same case: a class loader makes one
 * class of a name, from whichever jar comes first, so the registry compares the services lists of the
 * jars, and a class that two jars list blocks its format, naming the class and both jars.
 *
 * <h2>Testing a renderer</h2>
 * The contract kit, {@code io.github.actionplan:actionplan-renderer-testkit}, holds
 * {@code io.github.actionplan.testkit.RendererContractTest}: add it as a test dependency and
 * subclass it with your renderer and a text extractor for your format.
 */
package io.github.actionplan.report.spi;
