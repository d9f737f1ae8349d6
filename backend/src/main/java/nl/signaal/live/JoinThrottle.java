package nl.signaal.live;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Join attempts per client address, as sliding windows in this node's memory: at most
 * {@code signaal.live.failed-joins-per-10-minutes} failed joins (a wrong code; default 30) per 10 minutes, and at most
 * {@code signaal.live.joins-per-minute} joins per minute (default 600). Per node, so N nodes allow N times as much
 * (docs/decisions/0015-live-sessions.md).
 *
 * <p>Why these numbers: a webinar of 150 people at one school or company shares one public address, so joins must
 * not be counted per person; 600 a minute lets a room of hundreds join within a minute. Typos happen in such a room
 * too: 30 failures per 10 minutes leave room for a few dozen of them. Guessing stays hopeless: a code is 6 digits
 * (10^6 codes) and at most a few hundred sessions are open at once. One address gets 30 guesses per 10 minutes, 4,320
 * a day; against one particular session (open for about 2 hours: 360 guesses) that is a chance of 360 / 10^6 =
 * 0.04%. Against any of 300 open sessions each guess hits with 300 / 10^6 = 0.03%, about one hit per address per day
 * of non-stop guessing, and a hit only lets a stranger in with a nickname that shows in the facilitator's roster
 * (removable), never anyone's data. Someone with thousands of addresses gets past any per-address limit; that is
 * why the code is short-lived (it stops working when the session ends) rather than secret.
 *
 * <p>Memory stays bounded under a flood from many addresses: windows are emptied as they age (on every attempt of
 * that address and by a sweep every minute), and each map holds at most {@link #ADDRESSES} addresses; beyond that,
 * a new address first makes the map drop aged windows and, if that frees nothing, the map is emptied (whoever can send
 * from that many addresses gets past a per-address limit anyway).
 */
@Singleton
class JoinThrottle {
    private static final Logger LOG = LoggerFactory.getLogger(JoinThrottle.class);
    static final int DEFAULT_FAILURES = 30;
    static final int DEFAULT_JOINS = 600;
    static final int ADDRESSES = 50_000;
    static final Duration FAILURE_WINDOW = Duration.ofMinutes(10);
    static final Duration JOIN_WINDOW = Duration.ofMinutes(1);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> joins = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int joinsPerMinute;
    private final int failuresPer10Minutes;
    private final int addresses;

    @Inject
    JoinThrottle(
            Clock clock,
            @Value("${signaal.live.joins-per-minute:600}") int joinsPerMinute,
            @Value("${signaal.live.failed-joins-per-10-minutes:30}") int failuresPer10Minutes) {
        this(clock, joinsPerMinute, failuresPer10Minutes, ADDRESSES);
    }

    JoinThrottle(Clock clock, int joinsPerMinute, int failuresPer10Minutes, int addresses) {
        this.clock = clock;
        this.joinsPerMinute = joinsPerMinute;
        this.failuresPer10Minutes = failuresPer10Minutes;
        this.addresses = addresses;
    }

    /** Seconds to wait before this address may try again; 0 when it may join now (and the try is counted). */
    long attempt(String address) {
        Instant now = clock.instant();
        long failed = waitFor(failures, address, failuresPer10Minutes, FAILURE_WINDOW, now);
        if (failed > 0) {
            return failed;
        }
        long busy = waitFor(joins, address, joinsPerMinute, JOIN_WINDOW, now);
        if (busy > 0) {
            return busy;
        }
        add(joins, address, now, JOIN_WINDOW);
        return 0;
    }

    void failed(String address) {
        add(failures, address, clock.instant(), FAILURE_WINDOW);
    }

    /** Addresses this node is keeping a window for (both kinds). */
    int tracked() {
        return failures.size() + joins.size();
    }

    private void add(Map<String, Deque<Instant>> windows, String address, Instant now, Duration window) {
        if (!windows.containsKey(address) && windows.size() >= addresses) {
            tidy(windows, window, now);
            if (windows.size() >= addresses) {
                LOG.warn("Join throttle: more than {} client addresses at once; forgetting them all", addresses);
                windows.clear();
            }
        }
        windows.compute(address, (a, times) -> {
            Deque<Instant> kept = times == null ? new ArrayDeque<>() : times;
            kept.addLast(now);
            return kept;
        });
    }

    private static long waitFor(
            Map<String, Deque<Instant>> windows, String address, int limit, Duration window, Instant now) {
        long[] seconds = {0};
        windows.computeIfPresent(address, (a, times) -> {
            Instant since = now.minus(window);
            while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
                times.removeFirst();
            }
            if (times.size() >= limit) {
                Duration left = Duration.between(now, times.peekFirst().plus(window));
                seconds[0] = Math.max(1, (left.toMillis() + 999) / 1000);
            }
            return times.isEmpty() ? null : times;
        });
        return seconds[0];
    }

    private static void tidy(Map<String, Deque<Instant>> windows, Duration window, Instant now) {
        windows.keySet().forEach(address -> waitFor(windows, address, Integer.MAX_VALUE, window, now));
    }

    /** Forgets addresses whose windows emptied, so the maps only hold recent callers. */
    @Scheduled(fixedDelay = "1m", initialDelay = "1m")
    void forget() {
        Instant now = clock.instant();
        tidy(failures, FAILURE_WINDOW, now);
        tidy(joins, JOIN_WINDOW, now);
    }
}
