package com.guidecommerce.core.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Values read once per key and kept, for keys that name what they hold exactly (a build number, a minute), so that
 * nothing kept is ever stale: a newer value has a newer key. Readers asking for the same key at the same moment wait
 * for the first one's read instead of all reading it; a read that fails is forgotten, so the next reader tries again.
 * Reading what is kept takes no lock. Past {@code capacity} keys (old keys pile up) everything is dropped at once.
 */
public final class ShortLivedCache<V> {

    private final ConcurrentMap<String, FutureTask<V>> kept = new ConcurrentHashMap<String, FutureTask<V>>();
    private final int capacity;

    public ShortLivedCache(int capacity) {
        this.capacity = capacity;
    }

    public V get(String key, Callable<V> loader) {
        FutureTask<V> task = kept.get(key);
        boolean mine = false;
        if (task == null) {
            if (kept.size() >= capacity) {
                kept.clear();
            }
            FutureTask<V> created = new FutureTask<V>(loader);
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
