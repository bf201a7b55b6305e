package org.scholargraph.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Everyone in the synthetic bibliography, in popularity order (rank 0 writes most). Family names
 * are built from syllables, so the pool grows without limit; some carry diacritics and middle
 * initials. The people of the bundled samples sit at fixed ranks so the named queries' documented
 * example parameters ("Will Grathwohl", "David Duvenaud") find someone at every scale.
 */
final class PeoplePool {
    static final List<SyntheticPerson> SAMPLE_PEOPLE = List.of(
            new SyntheticPerson("Will", "", "Grathwohl"),
            new SyntheticPerson("David", "", "Duvenaud"),
            new SyntheticPerson("Ricky", "T. Q.", "Chen"),
            new SyntheticPerson("Jesse", "", "Bettencourt"),
            new SyntheticPerson("Ilya", "", "Sutskever"),
            new SyntheticPerson("Kevin", "", "Swersky"),
            new SyntheticPerson("Chris", "J.", "Maddison"),
            new SyntheticPerson("Jörn-Henrik", "", "Jacobsen"),
            new SyntheticPerson("Paul", "", "Vicol"),
            new SyntheticPerson("Milad", "", "Hashemi"));
    /** Where the sample people start: popular enough to own sources, not the biggest hubs. */
    static final int SAMPLE_RANK = 10;

    private static final String[] GIVEN = {"Anna", "Ben", "Carla", "Daniel", "Elena", "Felix", "Grace", "Hugo",
        "Irene", "Jonas", "Karin", "Lukas", "Maria", "Nils", "Olga", "Pedro", "Qing", "Rosa", "Samuel", "Tara",
        "Umar", "Vera", "Wei", "Xavier", "Yuki", "Zoë", "Jörg", "José", "Renée", "Søren", "Amélie", "Björn",
        "Chloé", "Dmitri", "Emma", "Farid", "Gabriel", "Hana", "Ivan", "Julia", "Kenji", "Leila", "Marco",
        "Nadia", "Omar", "Priya", "Ravi", "Sofia", "Tomás", "Uma", "Victor", "Wen", "Yara", "Zhang", "Ali",
        "Bea", "Cem", "Dora", "Eitan", "Fang", "Mei-Ling", "Jean-Paul"};
    private static final String[] SYLLABLES = {"ber", "ko", "ström", "mül", "na", "vé", "ri", "son", "ga", "lin",
        "da", "tö", "ra", "vic", "ha", "mo", "sen", "ki", "lo", "rez", "man", "te", "wa", "gu", "bé", "sch",
        "ta", "nak", "por", "li", "vel", "dor", "an", "ez", "qui", "ño", "zu", "fel", "ste", "mar", "ø", "berg"};

    private final List<SyntheticPerson> people;

    private PeoplePool(List<SyntheticPerson> people) {
        this.people = people;
    }

    static PeoplePool generate(int size, SplittableRandom random) {
        List<SyntheticPerson> people = new ArrayList<>(size);
        Set<String> seen = new HashSet<>();
        SAMPLE_PEOPLE.forEach(p -> seen.add(p.name()));
        while (people.size() < size - SAMPLE_PEOPLE.size()) {
            SyntheticPerson p = invent(random);
            if (seen.add(NameVariant.ASCII.print(p).toLowerCase(Locale.ROOT))) {
                people.add(p);
            }
        }
        people.addAll(Math.min(SAMPLE_RANK, people.size()), SAMPLE_PEOPLE);
        return new PeoplePool(List.copyOf(people));
    }

    private static SyntheticPerson invent(SplittableRandom random) {
        String given = GIVEN[random.nextInt(GIVEN.length)];
        String middle = random.nextInt(6) == 0 ? (char) ('A' + random.nextInt(26)) + "." : "";
        StringBuilder family = new StringBuilder();
        int syllables = 2 + random.nextInt(2);
        for (int i = 0; i < syllables; i++) {
            family.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        String f = family.toString();
        return new SyntheticPerson(given, middle, Character.toUpperCase(f.charAt(0)) + f.substring(1));
    }

    SyntheticPerson get(int rank) {
        return people.get(rank);
    }

    int size() {
        return people.size();
    }

    int rankOf(SyntheticPerson p) {
        return people.indexOf(p);
    }
}
