package org.scholargraph.resolve;

import java.util.HashMap;
import java.util.Map;

/**
 * Numbers values densely as first seen, so that what resolution holds per mention or per pair
 * can be ints and longs rather than objects: equal values get one number.
 */
final class Numbering<T> {
    private final Map<T, Integer> numbers = new HashMap<>();

    int of(T value) {
        Integer n = numbers.get(value);
        if (n == null) {
            n = numbers.size();
            numbers.put(value, n);
        }
        return n;
    }
}
