package org.scholargraph.bench;

import java.util.Locale;

/** The corpus sizes the runner knows, 10× apart so growth reads off directly. */
public enum Scale {
    QUICK(100), SMALL(1_000), MEDIUM(10_000), FULL(100_000);

    public final int documents;

    Scale(int documents) {
        this.documents = documents;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
