package org.scholargraph.extract.html.homepage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameListTest {

    private static List<String> names(NameList.Result r) {
        return r.items().stream().map(NameList.Item::name).toList();
    }

    @Test
    void marksAndSeparatorsAsPagesWriteThem() {
        NameList.Result r = NameList.read("Cheng Lu*, Erik Wijmans *, Jimmy Ba‡ & Sanja Fidler, and E. van der Pol");
        assertEquals(List.of("Cheng Lu", "Erik Wijmans", "Jimmy Ba", "Sanja Fidler", "E. van der Pol"), names(r));
        assertEquals(List.of("*", "*", "‡", "", ""), r.items().stream().map(NameList.Item::marks).toList());
    }

    @Test
    void stopsAtTheFirstItemThatIsNotAName() {
        String line = "N. De Cao, T. Kipf, MolGAN: An implicit generative model, ICML 2018";
        NameList.Result r = NameList.read(line);
        assertEquals(List.of("N. De Cao", "T. Kipf"), names(r));
        assertTrue(line.substring(r.end()).strip().startsWith(", MolGAN"));
    }

    @Test
    void aNameRunningIntoTheVenueIsCutAtTheSentence() {
        String line = "Qiu Shi, Po Man Cheng, Tingwu Wang, Yan Xia & Wei Zhang. Patent: CN105447529 A, 2016.";
        NameList.Result r = NameList.read(line);
        assertEquals("Wei Zhang", r.items().get(4).name());
        assertEquals(". Patent: CN105447529 A, 2016.", line.substring(r.end()));
    }

    @Test
    void elisionIsNoticed() {
        NameList.Result r = NameList.read("Aaron Havens, Bing Yan, ..., Xiang Fu");
        assertTrue(r.elided());
        assertEquals(3, r.items().size());
    }

    @Test
    void surnamesThatArePrepositionsElsewhereAreStillNames() {
        assertEquals(List.of("Xingye Da", "Abhishek Das"), names(NameList.read("Xingye Da, Abhishek Das")));
    }

    @Test
    void samePersonAcrossAbbreviations() {
        assertTrue(PersonName.samePerson("Jon Barron", "Jonathan T. Barron"));
        assertTrue(PersonName.samePerson("Thomas Kipf", "T. N. Kipf"));
        assertTrue(PersonName.samePerson("Ricky Tian Qi Chen", "Ricky T. Q. Chen"));
        assertTrue(PersonName.samePerson("Yang Song (宋飏)", "Yang Song"));
        assertFalse(PersonName.samePerson("Yang Song", "Jiaming Song"));
        assertFalse(PersonName.samePerson("Tingwu Wang", "Jingjing Wang"));
        assertFalse(PersonName.looksLikeName("Neural Radiance Fields", false));
        assertFalse(PersonName.looksLikeName("Stanford University", false));
    }
}
