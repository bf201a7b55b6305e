package org.scholargraph.extract.hugo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scholargraph.model.PaperType;

class PublicationTypesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        // Academic TOML codes and Wowchemy's extension of them
        "0, UNKNOWN", "1, CONFERENCE_PAPER", "2, JOURNAL_ARTICLE", "3, PREPRINT", "4, REPORT", "5, BOOK",
        "6, BOOK_SECTION", "7, THESIS", "8, PATENT", "1.0, CONFERENCE_PAPER",
        // CSL names
        "paper-conference, CONFERENCE_PAPER", "article-journal, JOURNAL_ARTICLE", "article, PREPRINT",
        "Article-Journal, JOURNAL_ARTICLE", "chapter, BOOK_SECTION", "thesis, THESIS", "dataset, UNKNOWN"})
    void readsEveryGeneration(String entry, PaperType type) {
        assertEquals(Optional.of(type), PublicationTypes.of(entry));
    }

    @ParameterizedTest
    @CsvSource({"9", "12", "conference", "foo"})
    void rejectsWhatIsNoType(String entry) {
        assertEquals(Optional.empty(), PublicationTypes.of(entry));
    }
}
