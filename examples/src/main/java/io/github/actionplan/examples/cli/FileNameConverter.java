package io.github.actionplan.examples.cli;

import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A file's name, for an argument that takes a file only: an empty one is refused as the command line's own converter
 * refuses it, but without offering a folder, which such an argument refuses.
 */
final class FileNameConverter implements ITypeConverter<Path> {

    @Override
    public Path convert(String value) {
        if (value.isBlank()) {
            throw new TypeConversionException("an empty name; give a file's name");
        }
        return Path.of(value);
    }
}
