package org.factdiff.base;

import java.util.Arrays;

/** A growing list of {@code int}s without boxing, for the indexes of large cases. */
public final class IntList {
    private int[] values = new int[16];
    private int size;

    public void add(int v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    /** Adds {@code v} unless it is the last value added: runs of one value are kept once. */
    public void addUnlessLast(int v) {
        if (size == 0 || values[size - 1] != v) {
            add(v);
        }
    }

    public int get(int i) {
        if (i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return values[i];
    }

    public int size() {
        return size;
    }

    public int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
