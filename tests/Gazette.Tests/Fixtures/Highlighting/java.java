package com.example.gazette;

import java.util.*;
import java.util.stream.Collectors;

/**
 * Builds a tag index for posts & pages.
 */
@SuppressWarnings("unchecked")
public final class TagIndex<T extends Post> implements Iterable<T> {
    private static final int MAX_TAGS = 1_000;
    private final Map<String, List<T>> byTag = new HashMap<>();
    private long hits = 0x1F_FFL;
    private double ratio = 2.5e3;

    public TagIndex(Collection<T> posts) {
        for (T post : posts) {
            for (String tag : post.getTags()) {
                byTag.computeIfAbsent(tag.toLowerCase(), k -> new ArrayList<>()).add(post);
            }
        }
    }

    @Override
    public Iterator<T> iterator() {
        return byTag.values().stream().flatMap(List::stream).distinct().iterator();
    }

    public String describe(char sep) {
        if (byTag.isEmpty() || hits < 0) throw new IllegalStateException("no tags\n");
        outer:
        while (true) { break outer; }
        return byTag.keySet().stream().sorted().collect(Collectors.joining(String.valueOf(sep)));
    }
}
