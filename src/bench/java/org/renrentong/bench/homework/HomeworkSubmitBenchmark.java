package org.renrentong.bench.homework;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.renrentong.bench.Load;
import org.renrentong.bench.ProcessCpu;

/**
 * The submission path under load, over HTTP against a started node: students hand in homework with two photos of
 * about 300 KB each (what the browser sends after shrinking) through {@code POST /api/v1/homework/{id}/submissions}
 * at a fixed rate (open loop: latency counts from the scheduled start), while the class space home page is read at
 * its own rate in the same run; then the page alone, for the ratio. Given the node's process id and its database's
 * port, it also reports what one submission and one page cost in CPU (node and PostgreSQL), which unlike latency does
 * not depend on what else runs on the machine. Prints key=value lines.
 *
 * <p>Usage: {@code HomeworkSubmitBenchmark <base-url> <password> <space-id> <homework ids, per class, comma-separated>
 * <submissions/s> <page reads/s> <seconds> <warm-up seconds> <students> [<node pid> <database port>]}
 */
public final class HomeworkSubmitBenchmark {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final int STUDENTS_PER_CLASS = 45;

    /**
     * One client for all: a client per student would keep a selector thread and connections each, thousands of them
     * on the driving side of a busy machine. Each session carries its own cookies instead.
     */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private static final int SIGN_IN_THREADS = 8;

    /** A signed-in person: the cookies of their session and its CSRF token. */
    private record Session(String cookies, String csrf) {
    }

    private record Job(int n) {
    }

    public static void main(String[] args) throws Exception {
        // every student's connection stays open between submissions (the JDK keeps 5 per host by default)
        System.setProperty("http.maxConnections", "1000");
        String base = args[0];
        String password = args[1];
        String page = base + "/spaces/" + args[2];
        String[] homework = args[3].split(",");
        double rate = Double.parseDouble(args[4]);
        double pageRate = Double.parseDouble(args[5]);
        int seconds = Integer.parseInt(args[6]);
        int warmup = Integer.parseInt(args[7]);
        int students = Integer.parseInt(args[8]);
        long nodePid = args.length > 10 ? Long.parseLong(args[9]) : -1;
        int databasePort = args.length > 10 ? Integer.parseInt(args[10]) : -1;

        List<byte[]> photos = HomeworkPhotos.photos();
        System.out.printf("photo_kb=%.0f%n", photos.stream().mapToInt(p -> p.length).average().orElse(0) / 1024);
        Session teacher = signIn(base, "bench-teacher", password, page);
        // students spread over all classes; signed in a few at a time, as the sign-in checks a slow password hash
        Session[] sessions = new Session[students];
        String[] targets = new String[students];
        Load.closedLoop(jobs(students), SIGN_IN_THREADS, j -> {
            int classNo = j.n() % homework.length + 1;
            int student = j.n() / homework.length % STUDENTS_PER_CLASS + 1;
            String id = homework[classNo - 1];
            sessions[j.n()] = call(() -> signIn(base, "bench-s" + classNo + "-" + student, password,
                    base + "/homework/" + id));
            targets[j.n()] = base + "/api/v1/homework/" + id + "/submissions";
        });
        System.out.println("students_signed_in=" + students + " classes=" + homework.length);
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger pageErrors = new AtomicInteger();

        // the warm-up at half the rate leaves the JIT's compiler threads the CPU they need: at the full rate two cores
        // are busy with requests, and the hashing and parsing would run interpreted for most of a short run
        run(List.of(sessions), List.of(targets), photos, teacher, page, rate / 2, pageRate, warmup, errors,
                pageErrors);
        errors.set(0);
        pageErrors.set(0);
        long cpuBefore = cpu(nodePid, databasePort);
        long[] partsBefore = parts(nodePid, databasePort);
        Load.Latencies[] mixed = run(List.of(sessions), List.of(targets), photos, teacher, page, rate, pageRate,
                seconds, errors, pageErrors);
        long cpuMixed = cpu(nodePid, databasePort);
        long[] partsMixed = parts(nodePid, databasePort);
        report("submit", mixed[0], errors.get());
        report("page_mixed", mixed[1], pageErrors.get());
        pageErrors.set(0);
        Load.Latencies alone = Load.openLoop(jobs((int) (pageRate * seconds)), pageRate, 32,
                j -> get(teacher, page, pageErrors));
        report("page_alone", alone, pageErrors.get());
        if (nodePid > 0) {
            // the pages of the mixed run cost what they cost alone; the rest is the submissions'
            double perPage = (cpu(nodePid, databasePort) - cpuMixed) / (double) alone.micros().length;
            double perSubmit = (cpuMixed - cpuBefore - perPage * mixed[1].micros().length) / mixed[0].micros().length;
            System.out.printf("cpu_ms_per_submit=%.1f%ncpu_ms_per_page=%.1f%n", perSubmit, perPage);
            // where the mixed run's CPU went, per submission, pages included: node, PostgreSQL, load generator
            int n = mixed[0].micros().length;
            System.out.printf("cpu_ms_mixed_node=%.1f%ncpu_ms_mixed_db=%.1f%ncpu_ms_mixed_generator=%.1f%n",
                    (partsMixed[0] - partsBefore[0]) / (double) n, (partsMixed[1] - partsBefore[1]) / (double) n,
                    (partsMixed[2] - partsBefore[2]) / (double) n);
        }
    }

    /** CPU milliseconds so far of the node and its database. */
    private static long cpu(long nodePid, int databasePort) {
        return nodePid > 0 ? ProcessCpu.of(nodePid) + ProcessCpu.postgres(databasePort) : 0;
    }

    /** CPU milliseconds so far of the node, its database and this load generator, apart. */
    private static long[] parts(long nodePid, int databasePort) {
        return nodePid > 0 ? new long[] {ProcessCpu.of(nodePid), ProcessCpu.postgres(databasePort),
                ProcessCpu.thisJvm()} : new long[3];
    }

    private static Load.Latencies[] run(List<Session> sessions, List<String> targets, List<byte[]> photos,
                                        Session teacher, String page, double rate, double pageRate, int seconds,
                                        AtomicInteger errors, AtomicInteger pageErrors) throws Exception {
        CompletableFuture<Load.Latencies> submits = CompletableFuture.supplyAsync(() -> call(() ->
                Load.openLoop(jobs((int) (rate * seconds)), rate, 256, j -> {
                    int who = j.n() % sessions.size();
                    Session s = sessions.get(who);
                    HandIn.send(s.cookies(), s.csrf(), targets.get(who), photos.get(j.n() % HomeworkPhotos.PHOTOS),
                            photos.get((j.n() + 1) % HomeworkPhotos.PHOTOS), j.n(), errors);
                })));
        CompletableFuture<Load.Latencies> pages = CompletableFuture.supplyAsync(() -> call(() ->
                Load.openLoop(jobs((int) (pageRate * seconds)), pageRate, 32, j -> get(teacher, page, pageErrors))));
        return new Load.Latencies[] {submits.get(), pages.get()};
    }

    private static void get(Session s, String url, AtomicInteger errors) {
        send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Cookie", s.cookies())
                .GET().build(), 200, errors);
    }

    private static void send(HttpRequest request, int expected, AtomicInteger errors) {
        try {
            HttpResponse<byte[]> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != expected) {
                if (errors.incrementAndGet() <= 3) {
                    System.err.println(request.uri() + " → " + response.statusCode() + " "
                            + new String(response.body(), 0, Math.min(300, response.body().length),
                            StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            if (errors.incrementAndGet() <= 3) {
                System.err.println(request.uri() + " → " + e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Signs in with the form, then reads a page of the session for its CSRF token. */
    private static Session signIn(String base, String account, String password, String pageWithForm)
            throws IOException, InterruptedException {
        Map<String, String> cookies = new LinkedHashMap<>();
        HttpResponse<String> login = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        keep(cookies, login);
        String form = "username=" + enc(account) + "&password=" + enc(password) + "&_csrf=" + enc(csrf(login.body()));
        HttpResponse<String> signedIn = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", header(cookies))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        keep(cookies, signedIn);
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error") || location.contains("/password")) {
            throw new IllegalStateException(account + " did not sign in: " + signedIn.statusCode() + " " + location);
        }
        HttpResponse<String> page = CLIENT.send(HttpRequest.newBuilder(URI.create(pageWithForm))
                .header("Cookie", header(cookies)).build(), HttpResponse.BodyHandlers.ofString());
        keep(cookies, page);
        return new Session(header(cookies), csrf(page.body()));
    }

    /** The cookies a response sets, as a browser keeps them (name and value only). */
    private static void keep(Map<String, String> cookies, HttpResponse<?> response) {
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
    }

    private static String header(Map<String, String> cookies) {
        StringBuilder header = new StringBuilder();
        cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=')
                .append(value));
        return header.toString();
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token in the page");
        }
        return m.group(1);
    }

    private static void report(String label, Load.Latencies l, int errors) {
        System.out.printf("%s_p50_ms=%.1f%n%s_p95_ms=%.1f%n%s_p99_ms=%.1f%n%s_rps=%.1f%n%s_errors=%d%n", label,
                l.percentileMillis(50), label, l.percentileMillis(95), label, l.percentileMillis(99), label,
                l.perSecond(), label, errors);
    }

    private static List<Job> jobs(int count) {
        List<Job> jobs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            jobs.add(new Job(i));
        }
        return jobs;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private interface Work<T> {
        T run() throws Exception;
    }

    private static <T> T call(Work<T> work) {
        try {
            return work.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
