package io.github.actionplan.examples.cli;

import io.github.actionplan.report.spi.ReportRenderer;
import io.github.actionplan.report.spi.ReportRenderers;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code actionplan formats}: the report formats on the class path. */
@Command(name = "formats", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Lists the report formats on the class path and in the plugin folder.", "",
                "One line per format that can be used: the format, its media type, the class that provides it and"
                        + " the jar that class is from. Renderers that failed to load, with the cause, formats that"
                        + " two renderers claim or two jars hold, and plugin jars that list no renderer (a library a"
                        + " plugin needs, beside it in the folder, is no plugin) are named on standard error, and"
                        + " make it exit 1, so that a script can check its plugins are installed; so does having no"
                        + " format at all. Exits 0 when every renderer found can be used, 2 on a"
                        + " usage error."})
final class FormatsCommand implements Callable<Integer> {

    @ParentCommand
    ActionPlanCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReportRenderers registry = root.renderers();
        // Not warnings here, as they are when rendering: asked what is installed, a plugin that cannot be used is the
        // answer's failure, and the exit code says so to a script.
        Optional<Path> pluginFolder = Plugins.folder(root.plugins, System.getenv(Plugins.ENVIRONMENT));
        RendererProblems.tell(registry, pluginFolder, "", err);
        List<String> listingNothing = pluginFolder.map(Plugins::listingNothing).orElse(List.of());
        listingNothing.forEach(err::println);
        // A library the command line has too is never used: worth a word, but no plugin that cannot be used.
        pluginFolder.map(Plugins::shadowedLibraries).orElse(List.of()).forEach(line -> err.println("warning: " + line));
        List<ReportRenderer> renderers = registry.renderers();
        if (renderers.isEmpty()) {
            err.println(ActionPlanCommand.NO_RENDERERS);
            return ActionPlanCommand.EXIT_FAILURE;
        }
        int formatWidth = renderers.stream().mapToInt(r -> r.format().length()).max().orElse(0);
        int typeWidth = renderers.stream().mapToInt(r -> r.mediaType().length()).max().orElse(0);
        int classWidth = renderers.stream().mapToInt(r -> r.getClass().getName().length()).max().orElse(0);
        for (ReportRenderer renderer : renderers) {
            // The jar tells two versions of one plugin apart, and a plugin from the command line's own renderers.
            out.println(pad(renderer.format(), formatWidth) + "  " + pad(renderer.mediaType(), typeWidth) + "  "
                    + pad(renderer.getClass().getName(), classWidth) + "  " + ReportRenderers.location(renderer));
        }
        return registry.failures().isEmpty() && listingNothing.isEmpty() ? ActionPlanCommand.EXIT_OK
                : ActionPlanCommand.EXIT_FAILURE;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
