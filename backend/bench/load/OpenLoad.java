// An open-model load generator for bench.sh: sends requests at a fixed rate whatever the answers, each on a
// virtual thread of its own, and records every latency from the request's intended send time into an
// HdrHistogram. A closed-loop tool (wrk) waits for an answer before it sends the next request, so a stall of the
// server also stops the clock of every request that should have been sent meanwhile ("coordinated omission"): the
// stall shows up as one slow request instead of the hundreds that would have queued behind it. Here request i is
// due at start + i / rate; if the server (or this program) is late, the lateness counts in the latency.
//
//   java -cp HdrHistogram-2.2.2.jar OpenLoad.java URL KIND RATE SECONDS [WARMUP_SECONDS]
//
// KIND is the request, equivalent to backend/bench/wrk/KIND.lua and taking the same environment variables:
//   get-patient  GET /patients/{id} of a random registered patient (BENCH_PATIENTS; ids as seed-province.sql's)
//   waitlist     GET /waitlist-entries?BENCH_WAITLIST_QUERY&size=20&page=0..9
//   attach       POST /waitlist-entries/{entry}/attach, the next "entryId providerId" line of BENCH_ATTACH_FILE
//   request      POST /providers/{id}/patient-requests {"count":10}, the next line of BENCH_REQUEST_FILE, in turn
// BENCH_TOKEN is the bearer token. The warm-up runs at the same rate and is not recorded. OPEN_TIMELINE=FILE
// writes one line per measured request (intended send time in ms since the start, latency in ms, status) to
// find when the slow ones were due. The last line on stdout is for scripts:
//   result planned=N sent=N ok=N non2xx=N errors=N rate=R p50=ms p90=ms p99=ms p999=ms max=ms
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import org.HdrHistogram.Recorder;

void main(String[] args) throws Exception {
    if (args.length < 4) {
        System.err.println("usage: OpenLoad URL KIND RATE SECONDS [WARMUP_SECONDS]");
        System.exit(2);
    }
    String base = args[0];
    IntFunction<HttpRequest> maker = requestMaker(base, args[1]);
    double rate = Double.parseDouble(args[2]);
    double seconds = Double.parseDouble(args[3]);
    double warmup = args.length > 4 ? Double.parseDouble(args[4]) : 0;
    String timeline = System.getenv("OPEN_TIMELINE");
    new Run(maker, rate, timeline).run(warmup, seconds);
}

/** The request of KIND, for the i-th send (the files are read once). */
static IntFunction<HttpRequest> requestMaker(String base, String kind) throws IOException {
    String token = env("BENCH_TOKEN", "");
    return switch (kind) {
        case "get-patient" -> {
            long patients = Long.parseLong(env("BENCH_PATIENTS", null));
            yield i -> {
                long n = ThreadLocalRandom.current().nextLong(1, patients + 1);
                return get(base, String.format("/api/v1/patients/%08x-000a-4000-8000-%012x", n, n * 40503), token);
            };
        }
        case "waitlist" -> {
            String query = env("BENCH_WAITLIST_QUERY", null);
            yield i -> get(base, "/api/v1/waitlist-entries?" + query + "&size=20&page="
                    + ThreadLocalRandom.current().nextInt(10), token);
        }
        case "attach" -> {
            // Never the same entry twice: a second attach of an entry is a 409, not the work being measured.
            List<String> lines = lines("BENCH_ATTACH_FILE");
            yield i -> {
                if (i >= lines.size()) {
                    throw new IllegalStateException("BENCH_ATTACH_FILE has only " + lines.size() + " entries");
                }
                String[] entryAndProvider = lines.get(i).split(" ");
                return post(base, "/api/v1/waitlist-entries/" + entryAndProvider[0] + "/attach",
                        "{\"providerId\":\"" + entryAndProvider[1] + "\",\"includeHousehold\":false}", token);
            };
        }
        case "request" -> {
            List<String> providers = lines("BENCH_REQUEST_FILE");
            yield i -> post(base, "/api/v1/providers/" + providers.get(i % providers.size()) + "/patient-requests",
                    "{\"count\":10}", token);
        }
        default -> throw new IllegalArgumentException("unknown kind " + kind + ": get-patient, waitlist, attach, request");
    };
}

static String env(String name, String fallback) {
    String value = System.getenv(name);
    if (value == null && fallback == null) {
        throw new IllegalArgumentException(name + " is not set");
    }
    return value == null ? fallback : value;
}

static List<String> lines(String variable) throws IOException {
    return Files.readAllLines(Path.of(env(variable, null))).stream().filter(line -> !line.isBlank()).toList();
}

static HttpRequest get(String base, String path, String token) {
    return authorized(HttpRequest.newBuilder(URI.create(base + path)).GET(), token);
}

static HttpRequest post(String base, String path, String json, String token) {
    return authorized(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)), token);
}

static HttpRequest authorized(HttpRequest.Builder builder, String token) {
    builder.header("Accept", "application/json").timeout(Run.TIMEOUT);
    if (!token.isEmpty()) {
        builder.header("Authorization", "Bearer " + token);
    }
    return builder.build();
}

/** One run: the schedule, the recorder and the counts. */
static final class Run {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final IntFunction<HttpRequest> maker;
    private final double rate;
    private final String timelineFile;
    // Latencies in microseconds, up to the timeout and beyond, 3 significant digits.
    private final Recorder recorder = new Recorder(TimeUnit.MINUTES.toMicros(1), 3);
    private final AtomicLong ok = new AtomicLong();
    private final AtomicLong non2xx = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> timeline = new ConcurrentLinkedQueue<>();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    private volatile boolean measuring;
    private int nextRequest;   // the scheduler's thread only

    Run(IntFunction<HttpRequest> maker, double rate, String timelineFile) {
        this.maker = maker;
        this.rate = rate;
        this.timelineFile = timelineFile;
    }

    void run(double warmupSeconds, double seconds) throws IOException, InterruptedException {
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            if (warmupSeconds > 0) {
                schedule(threads, warmupSeconds, false);
                awaitInFlight();
            }
            recorder.reset();
            timeline.add("# intended send time (ms from " + java.time.Instant.now() + "), latency ms, status");
            long start = System.nanoTime();
            long planned = Math.round(rate * seconds);
            long sent = schedule(threads, seconds, true);
            long sendingNanos = System.nanoTime() - start;
            awaitInFlight();
            report(planned, sent, sendingNanos);
        }
    }

    /**
     * Sends round(rate x seconds) requests, request k due at start + k / rate, each on a new virtual thread; the
     * latency counts from that due time, so when this thread itself is late (a pause of the load generator), the
     * requests sent late carry the delay. Returns how many were sent.
     */
    private long schedule(ExecutorService threads, double seconds, boolean measured) {
        long count = Math.round(rate * seconds);
        double interval = 1e9 / rate;
        long start = System.nanoTime();
        for (long k = 0; k < count; k++) {
            long due = start + Math.round(k * interval);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            HttpRequest request = maker.apply(nextRequest++);
            long offset = due - start;
            inFlight.incrementAndGet();
            threads.execute(() -> send(request, due, offset, measured));
        }
        return count;
    }

    private void send(HttpRequest request, long due, long offset, boolean measured) {
        int status = 0;
        try {
            status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | InterruptedException e) {
            status = -1;
        } finally {
            long latency = System.nanoTime() - due;
            if (measured) {
                recorder.recordValue(Math.min(TimeUnit.NANOSECONDS.toMicros(latency), TimeUnit.MINUTES.toMicros(1)));
                (status < 0 ? errors : status / 100 == 2 ? ok : non2xx).incrementAndGet();
                if (timelineFile != null) {
                    timeline.add(String.format(Locale.ROOT, "%.1f %.2f %d", offset / 1e6, latency / 1e6, status));
                }
            }
            inFlight.decrementAndGet();
        }
    }

    /** Waits for the answers still out (each ends by its timeout). */
    private void awaitInFlight() throws InterruptedException {
        long giveUp = System.nanoTime() + TIMEOUT.toNanos() + TimeUnit.SECONDS.toNanos(5);
        while (inFlight.get() > 0 && System.nanoTime() < giveUp) {
            Thread.sleep(10);
        }
    }

    private void report(long planned, long sent, long sendingNanos) throws IOException {
        var histogram = recorder.getIntervalHistogram();
        // sent - 1 intervals between the first and the last send: exactly the asked rate when on schedule
        double achieved = sent > 1 ? (sent - 1) / (sendingNanos / 1e9) : sent;
        double[] ms = {
                histogram.getValueAtPercentile(50) / 1e3, histogram.getValueAtPercentile(90) / 1e3,
                histogram.getValueAtPercentile(99) / 1e3, histogram.getValueAtPercentile(99.9) / 1e3,
                histogram.getMaxValue() / 1e3};
        System.out.printf(Locale.ROOT, "%d of %d planned requests sent at %.1f/s (asked %.1f/s); %d 2xx, %d non-2xx,"
                + " %d errors; latency from the intended send time, ms:%n", sent, planned, achieved, rate, ok.get(),
                non2xx.get(), errors.get());
        histogram.outputPercentileDistribution(System.out, 2, 1000.0);
        System.out.printf(Locale.ROOT, "result planned=%d sent=%d ok=%d non2xx=%d errors=%d rate=%.1f p50=%.2f p90=%.2f"
                + " p99=%.2f p999=%.2f max=%.2f%n", planned, sent, ok.get(), non2xx.get(), errors.get(), achieved,
                ms[0], ms[1], ms[2], ms[3], ms[4]);
        if (timelineFile != null) {
            try (var out = new PrintWriter(Files.newBufferedWriter(Path.of(timelineFile)))) {
                timeline.forEach(out::println);
            }
        }
    }
}
