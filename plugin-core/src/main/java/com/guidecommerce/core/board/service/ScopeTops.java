package com.guidecommerce.core.board.service;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

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

    private final ConcurrentMap<String, FutureTask<Top>> kept = new ConcurrentHashMap<String, FutureTask<Top>>();
    private final int capacity;

    /** @param capacity how many tops are kept; past it (old builds' tops pile up) the node starts afresh */
    ScopeTops(int capacity) {
        this.capacity = capacity;
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
        FutureTask<Top> task = kept.get(key);
        boolean mine = false;
        if (task == null) {
            if (kept.size() >= capacity) {
                kept.clear();
            }
            FutureTask<Top> created = new FutureTask<Top>(new Callable<Top>() {
                @Override
                public Top call() {
                    return loader.load();
                }
            });
            task = kept.putIfAbsent(key, created);
            if (task == null) {
                task = created;
                mine = true;
            }
        }
        if (mine) {
            task.run();
        }
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while another reader read " + key, e);
        } catch (ExecutionException e) {
            kept.remove(key, task);
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException ? (RuntimeException) cause
                    : new IllegalStateException("Could not read " + key, cause);
        }
    }
}
