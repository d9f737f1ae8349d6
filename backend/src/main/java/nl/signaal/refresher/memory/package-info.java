/**
 * The memory model behind refreshers: FSRS-5 (Free Spaced Repetition Scheduler), long-term scheduling only.
 *
 * <p>Plain Java, no framework, no database: {@link Fsrs} computes a {@link MemoryState} (stability, difficulty,
 * last review) from {@link Review}s, {@link MemoryHistory} folds a learner's reviews of one competency or module into
 * its current state, and {@link Rating} is the one place where a learning outcome becomes a rating.
 * See docs/refreshers.md and docs/decisions/0005-memory-model-fsrs.md.
 */
package nl.signaal.refresher.memory;
