package io.github.actionplan.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of actionplan's value types.
 *
 * <p>Implementations are package-private and hidden behind the abstract types
 * ({@code overshadowImplementation}); each value type exposes a public nested {@code Builder}
 * that extends the generated one. Collections are JDK-only so that generated code does not change
 * when Guava appears on a class path, and keep insertion order, which reports show.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {"subAction:subActions", "update:updates", "requiredOutcome:requiredOutcomes"},
    defaults = @Value.Immutable(copy = true, prehash = false),
    get = {"is*", "get*"},
    init = "*",
    allParameters = false,
    // Users compile against the generated classes without Immutables on their class path; an
    // @org.immutables.value.Generated they cannot resolve would warn in every -Werror build.
    allowedClasspathAnnotations = {Override.class})
public @interface ValueStyle {}
