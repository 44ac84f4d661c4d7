package com.guidecommerce.core.board.service;

import com.guidecommerce.core.common.ShortLivedCache;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * What one build of a period says of a region or the nation, the same for every guide in it: how many it ranked and
 * its first entries. Kept per build (the period's BUILD_NO is part of the key) for the most recently used scopes, so
 * the guides of a region or the nation read them once per build instead of once per page (the nation's count walks
 * every guide's row). A new build has a new number, and what was kept of the old one is simply no longer asked for;
 * nothing is ever stale. A store's few rows come with the guide's own row instead. Reading what is kept takes no lock.
 */
final class ScopeTops {

    /** A scope's count and first entries in one build. */
    static final class Top {
        private final int of;
        private final List<BoardEntry> entries;

        Top(int of, List<BoardEntry> entries) {
            this.of = of;
            this.entries = Collections.unmodifiableList(entries);
        }

        int getOf() {
            return of;
        }

        List<BoardEntry> getEntries() {
            return entries;
        }
    }

    /** Reads a scope's top when no reader has for the build yet. */
    interface Loader {
        Top load();
    }

    private final ShortLivedCache<Top> kept;

    /** @param capacity how many tops are kept; past it (old builds' tops pile up) the node starts afresh */
    ScopeTops(int capacity) {
        this.kept = new ShortLivedCache<Top>(capacity);
    }

    static String key(String periodKey, long buildNo, Object metric, BoardScope scope) {
        return periodKey + '#' + buildNo + ' ' + metric + ' ' + scope.getKind() + ' ' + scope.getId();
    }

    /**
     * The kept top of a key, or the one {@code loader} reads. Readers who ask for the same key at the same time wait
     * for the first one's read instead of all reading it (the moment after a build, every guide of the nation asks
     * at once); a read that fails is forgotten, so the next reader tries again.
     */
    Top get(String key, final Loader loader) {
        return kept.get(key, new Callable<Top>() {
            @Override
            public Top call() {
                return loader.load();
            }
        });
    }
}
