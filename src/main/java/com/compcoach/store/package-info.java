/**
 * Where conversations and answered events are kept: in process, on disk with MVStore, or in Redis.
 *
 * <p>{@link com.compcoach.store.StateBackend#open} picks one from {@link com.compcoach.store.StoreSettings}.
 */
package com.compcoach.store;
