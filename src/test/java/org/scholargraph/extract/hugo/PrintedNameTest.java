package org.scholargraph.extract.hugo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrintedNameTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # printed                                    | name                | equal | emphasised
            Will Grathwohl\\*                            | Will Grathwohl      | true  | false
            **Jesse Bettencourt**                        | Jesse Bettencourt   | false | true
            **Jesse Bettencourt\\***                     | Jesse Bettencourt   | true  | true
            Manolis Savva&ast;                           | Manolis Savva       | true  | false
            F Salehi&#42;                                | F Salehi            | true  | false
            <em>W Trouleau&#42;</em>                     | W Trouleau          | true  | true
            <em>W Trouleau</em>                          | W Trouleau          | false | true
            Zhun Liu$^*$                                 | Zhun Liu            | true  | false
            **Ying Shen**$^*$ (equal contribution)       | Ying Shen           | true  | true
            *Erik Wijmans*                               | Erik Wijmans        | false | true
            Luca Scimeca*                                | Luca Scimeca        | true  | false
            Jane Doe<sup>*</sup>                         | Jane Doe            | true  | false
            Jane Doe<sup>2</sup>                         | Jane Doe            | false | false
            Jane Doe (Equal Contribution)                | Jane Doe            | true  | false
            John Smith†                                  | John Smith          | false | false
            <strong>Ann Lee</strong>, PhD                | Ann Lee, PhD        | false | false
            Philipp Krähenbühl                           | Philipp Krähenbühl  | false | false
            Mike D'arcy                                  | Mike D'arcy         | false | false
            Renée O&#39;Neil                             | Renée O'Neil        | false | false
            """)
    void separatesNameMarksAndEmphasis(String printed, String name, boolean equal, boolean emphasised) {
        PrintedName parsed = PrintedName.parse(printed);
        assertEquals(name, parsed.name());
        assertEquals(equal, parsed.equalContribution(), "equal contribution");
        assertEquals(emphasised, parsed.emphasised(), "emphasised");
        assertEquals(printed, parsed.printed());
    }
}
