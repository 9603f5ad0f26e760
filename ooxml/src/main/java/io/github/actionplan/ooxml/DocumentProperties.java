package io.github.actionplan.ooxml;

import io.github.actionplan.report.DocumentMetadata;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;

/**
 * A file's document properties, all from core's {@link DocumentMetadata}. Left alone, POI writes the clock as the
 * created time and "Apache POI" as the author, which Office shows as the file's; equal content would give unequal
 * bytes.
 */
public final class DocumentProperties {

    private DocumentProperties() {}

    /** Sets title, author (and last modified by), subject, keywords, language, created and modified times. */
    public static void write(POIXMLProperties properties, DocumentMetadata metadata) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        Optional<Date> created = Optional.of(Date.from(metadata.created().toInstant()));
        core.setTitle(metadata.title());
        core.setCreator(metadata.author());
        core.setLastModifiedByUser(metadata.author());
        core.setSubjectProperty(metadata.subject());
        core.setKeywords(String.join(", ", metadata.keywords()));
        core.setCreated(created);
        core.setModified(created);
        core.getUnderlyingProperties().setLanguageProperty(metadata.language());
    }
}
