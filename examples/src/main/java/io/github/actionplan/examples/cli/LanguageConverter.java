package io.github.actionplan.examples.cli;

import io.github.actionplan.internal.LanguageTags;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --language}: a language tag as a plan's {@code language} takes one, checked before any file is read. */
final class LanguageConverter implements ITypeConverter<String> {

    @Override
    public String convert(String value) {
        try {
            return LanguageTags.checked(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
