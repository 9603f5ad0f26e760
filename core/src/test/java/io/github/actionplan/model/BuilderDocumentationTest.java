package io.github.actionplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The builders' setters are generated, and javadoc lists them by name alone: each public builder's own documentation
 * names every attribute's setter, linked to the accessor that says what it means, so that one added to the model
 * cannot go undocumented.
 */
class BuilderDocumentationTest {

    @ParameterizedTest
    @ValueSource(classes = {ActionPlan.class, Recommendation.class, SubAction.class, ProgressUpdate.class,
        SourceInspection.class, OwnerAssessment.class})
    void everyAttributesSetterIsNamedInItsBuildersDocumentation(Class<?> valueType) throws Exception {
        String source = Files.readString(Path.of("src/main/java/io/github/actionplan/model",
                valueType.getSimpleName() + ".java"));
        int builder = source.indexOf("public static final class Builder");
        String documentation = source.substring(source.lastIndexOf("/**", builder), builder)
                .replaceAll("\\s*\\n\\s*\\*\\s*", " "); // one line, as javadoc reads it
        Class<?> builderType = Class.forName(valueType.getName() + "$Builder");

        List<String> attributes = Arrays.stream(valueType.getMethods())
                .filter(m -> m.getParameterCount() == 0 && m.getDeclaringClass() != Object.class)
                .map(Method::getName)
                .filter(name -> Arrays.stream(builderType.getMethods()).anyMatch(setter -> setter.getName().equals(name)
                        && setter.getParameterCount() == 1))
                .toList();

        assertThat(attributes).isNotEmpty();
        assertThat(attributes).allSatisfy(name -> assertThat(documentation).as(valueType.getSimpleName() + ".Builder")
                .contains("{@link " + valueType.getSimpleName() + "#" + name + "() " + name + "}"));
    }
}
