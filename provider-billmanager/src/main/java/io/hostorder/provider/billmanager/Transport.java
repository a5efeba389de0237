package io.hostorder.provider.billmanager;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hostorder.core.commit.AnswerClassifier;
import io.hostorder.core.commit.AnswerRule;
import io.hostorder.core.http.HttpAnswer;
import io.hostorder.core.error.AuthenticationException;
import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.model.SecretScrubber;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Sends one BILLmanager function call and returns its document, or throws the typed error. Adds the
 * credentials ({@code authinfo=login:password} or {@code auth=SESSION}), {@code su} and {@code out} to
 * every request; encodes it form-urlencoded or multipart; looks for {@code doc.error} on every answer
 * whatever the HTTP status.
 *
 * <p>Answers are classified by core's {@link AnswerClassifier}; this class gives it only what BILLmanager's
 * document says ({@link #document}: a document, and an error document is a definitive refusal whatever the
 * status). The rule does the rest: a 503/429 refusal before processing; for a committing request, anything
 * else (an HTML page of any status, a truncated or non-document body, an unexpected status) is an outcome
 * unknown; for a reading one, HTTP's common meanings. BILLmanager's {@code long…} "request in process" string is
 * followed: its result is fetched until a document comes (see {@link #untilDone}).
 * A reading request whose answer is a real login answer (a {@code logon} document, an HTML login form,
 * or an {@code auth}/{@code access} error on a session) is sent again once after logging in again, and
 * only when username and password are configured; a committing request never is. Because of that, a
 * session that has been idle for {@link #FRESH} or longer (BILLmanager ends it an hour after its last
 * request, API notes) is renewed with {@code func=auth} before a committing request is sent with it, so that
 * a broker's first order after a quiet hour is not refused. Safe for concurrent use.
 */
final class Transport {
  /** Answers larger than this are refused rather than read into memory. */
  private static final long MAX_ANSWER = 8L * 1024 * 1024;
  /** How many times a "request in process" result is fetched before its outcome is called unknown. */
  static final int LONG_FETCHES = 20;
  private static final java.util.Set<String> CREDENTIAL_FIELDS = java.util.Set.of("auth", "authinfo", "su", "out",
      "username", "password");
  private static final Pattern LOGIN_FORM = Pattern.compile(
      "(?is)<form\\b.*(type\\s*=\\s*[\"']?password|name\\s*=\\s*[\"']?(password|passwd|username)\\b"
      + "|value\\s*=\\s*[\"']?(auth|logon)[\"'])");

  private final OkHttpClient client;
  private final Settings settings;
  private final ObjectMapper mapper;
  private final boolean multipart;
  /** A session idle this long is renewed before a committing request: well inside BILLmanager's idle hour. */
  static final Duration FRESH = Duration.ofMinutes(50);

  private volatile String session;
  /** {@link System#nanoTime} of the last request sent with {@link #session}. */
  private volatile long sessionUsed = System.nanoTime();

  Transport(OkHttpClient client, Settings settings, ObjectMapper mapper, boolean multipart) {
    this.client = client;
    this.settings = settings;
    this.mapper = mapper;
    this.multipart = multipart;
    this.session = settings.token();
  }

  /**
   * Calls the function named in {@code op} ({@code func} and its fields) and returns the answer.
   *
   * @throws HostorderException the typed error of a failure, an error document or an unreadable answer;
   *     {@link io.hostorder.core.error.OutcomeUnknownException} when {@code step} commits and its answer is
   *     neither a document nor a refusal before processing
   */
  Doc call(Form op, Step step) {
    boolean renewed = false;
    while (true) {
      String used = settings.usesAuthinfo() ? null : sessionFor(step);
      if (used != null && step.creates() && settings.canLogin() && idle().compareTo(FRESH) >= 0) {
        renew(used, step);
        used = sessionFor(step);
      }
      Form form = credentials(used);
      op.fields().forEach(f -> form.add(f.name(), f.value(), f.path()));
      if (used != null) {
        sessionUsed = System.nanoTime();
      }
      Answer answer = untilDone(send(form, step), used, step);
      Doc.DocError error = answer.doc == null ? null : answer.doc.error();
      boolean loginAnswer = answer.doc == null || answer.doc.isLogon()
          || (error != null && (error.type().equals("auth") || error.type().equals("access")));
      if (loginAnswer && used != null && settings.canLogin() && !renewed) {
        renewed = true;
        if (!step.creates()) {
          renew(used, step);
          continue;
        }
        // BILLmanager refused it before running it (its own document says so), but a committing request
        // is never sent twice by the library: renew the session for the next order, and say so.
        renewQuietly(used, step);
      }
      if (answer.doc == null) {
        throw new AuthenticationException("BILLmanager answered with its HTML login page instead of a document: "
            + "the credentials or the session were not accepted" + hint(used, renewed, step));
      }
      if (answer.doc.isLogon()) {
        throw new AuthenticationException("BILLmanager answered with its login form ($func=logon) instead of a result: "
            + "the credentials or the session were not accepted" + hint(used, renewed, step));
      }
      if (error != null) {
        HostorderException mapped = ErrorMapper.map(error, step, op, scrubber());
        if (mapped instanceof AuthenticationException && used != null && !error.type().equals("extraconfirm")) {
          throw new AuthenticationException(mapped.getMessage() + hint(used, renewed, step));
        }
        throw mapped;
      }
      return answer.doc;
    }
  }

  /** Returns a form holding the credentials ({@code authinfo} or {@code auth=used}), {@code su} and {@code out}. */
  private Form credentials(String used) {
    Form form = new Form();
    if (used == null) {
      form.add("authinfo", settings.username() + ":" + settings.password());
    } else {
      form.add("auth", used);
    }
    if (settings.su() != null) {
      form.add("su", settings.su());
    }
    form.add("out", settings.format());
    return form;
  }

  /**
   * Follows BILLmanager's "request in process" answer (a plain {@code long…} string holding the URL of the
   * result, API notes): fetches that URL's function and fields from the configured endpoint (never from
   * another host: only the query is used), with the same credentials, until a document comes — at most
   * {@value #LONG_FETCHES} times, waiting 200 ms, doubling up to 2 s. This reads the result of the request
   * already sent; it never sends the request again. For a committing step, anything but a document in the
   * end (still in process, a refusal, a failure) is an outcome unknown.
   */
  private Answer untilDone(Answer answer, String used, Step step) {
    long wait = 200;
    for (int fetch = 1; answer.longQuery() != null; fetch++) {
      if (fetch > LONG_FETCHES) {
        throw AnswerRule.unrecognised(step.request(), 200, "BILLmanager still answered 'request in process' (long…) after "
            + LONG_FETCHES + " fetches of its result");
      }
      try {
        Thread.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw AnswerRule.unrecognised(step.request(), 0, "interrupted while waiting for a request in process");
      }
      wait = Math.min(wait * 2, 2000);
      Form form = credentials(used);
      for (Map.Entry<String, String> field : answer.longQuery()) {
        if (!CREDENTIAL_FIELDS.contains(field.getKey())) {
          form.add(field.getKey(), field.getValue());
        }
      }
      try {
        answer = send(form, step);
        Doc.DocError error = answer.doc() == null ? null : answer.doc().error();
        if (error != null && error.type().equals("missed") && ("elid".equals(error.object()) || "func".equals(error.object()))) {
          // The result's URL is not known (any more): that says nothing of the request itself.
          throw AnswerRule.unrecognised(step.request(), 200, "the result of a request in process could not be fetched ("
              + error.type() + "/" + error.object() + ": " + error.message() + ")");
        }
      } catch (HostorderException e) {
        if (step.creates() && !(e instanceof OutcomeUnknownException)) {
          throw new OutcomeUnknownException(step.reference(), step.name(), step.ids(), e);
        }
        throw e;
      }
    }
    return answer;
  }

  /**
   * Returns the query fields of a "request in process" answer: a plain string (possibly quoted) starting
   * with {@code long} and holding a URL with a query ({@code …billmgr?func=…&elid=…}); null for anything else.
   */
  static List<Map.Entry<String, String>> longQuery(String body) {
    String t = body.strip();
    if (t.length() > 2 && t.startsWith("\"") && t.endsWith("\"")) {
      t = t.substring(1, t.length() - 1);
    }
    if (t.length() > 4096 || !t.regionMatches(true, 0, "long", 0, 4) || t.contains("\n") || t.contains("<")) {
      return null;
    }
    int q = t.indexOf('?');
    if (q < 0 || !t.contains("func=")) {
      return null;
    }
    List<Map.Entry<String, String>> out = new ArrayList<>();
    for (String pair : t.substring(q + 1).split("&")) {
      if (pair.isBlank()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.add(Map.entry(name, value));
    }
    return out.stream().anyMatch(e -> e.getKey().equals("func")) ? out : null;
  }

  private void renewQuietly(String used, Step step) {
    try {
      renew(used, step);
    } catch (HostorderException e) {
      // The refusal below is what the caller needs to hear; the next call logs in again anyway.
    }
  }

  private String hint(String usedSession, boolean renewed, Step step) {
    if (usedSession == null) {
      return "";
    }
    if (renewed && step.creates()) {
      return " (BILLmanager refused '" + step.name() + "' before running it; it was not sent again, because a "
          + "request that orders or pays is never sent twice; the session was renewed: nothing was placed by this "
          + "request, so the order may be placed again)";
    }
    if (renewed) {
      return " (even after logging in again once)";
    }
    return settings.canLogin() ? "" : " (the session may have expired; configure username and password to renew it automatically)";
  }

  /** Returns how long the session has gone without a request. */
  Duration idle() {
    return Duration.ofNanos(System.nanoTime() - sessionUsed);
  }

  /** Makes the session look idle for {@code idle} (tests: a quiet hour without waiting for it). */
  void idleFor(Duration idle) {
    sessionUsed = System.nanoTime() - idle.toNanos();
  }

  private String sessionFor(Step step) {
    String s = session;
    if (s != null) {
      return s;
    }
    synchronized (this) {
      if (session == null) {
        session = login(step);
        sessionUsed = System.nanoTime();
      }
      return session;
    }
  }

  private void renew(String failed, Step step) {
    synchronized (this) {
      if (failed.equals(session)) {
        session = login(step);
        sessionUsed = System.nanoTime();
      }
    }
  }

  /** Exchanges username and password for a session with {@code func=auth}. */
  private String login(Step during) {
    if (!settings.canLogin()) {
      throw new AuthenticationException("no session and no username and password to log in with");
    }
    Form form = new Form().add("func", "auth").add("username", settings.username()).add("password", settings.password())
        .add("out", settings.format());
    Step step = new Step("login", false, during.reference(), null, during.ids());
    Answer answer = send(form, step);
    if (answer.doc == null || answer.doc.isLogon()) {
      throw new AuthenticationException("BILLmanager answered func=auth with its login page: the credentials were not accepted");
    }
    Doc.DocError error = answer.doc.error();
    if (error != null) {
      HostorderException mapped = ErrorMapper.map(error, step, form, scrubber());
      throw mapped instanceof AuthenticationException ? mapped
          : new AuthenticationException("BILLmanager refused to log in: " + mapped.getMessage());
    }
    String id = Doc.attr(answer.doc.node().get("auth"), "id");
    if (id == null || id.isBlank()) {
      id = answer.doc.text("auth");
    }
    if (id == null || id.isBlank()) {
      throw new AuthenticationException("BILLmanager answered func=auth without a session id");
    }
    return id;
  }

  private Answer send(Form form, Step step) {
    AnswerRule.Request request = step.request();
    Request http = new Request.Builder().url(settings.http().baseUrl().toString()).post(body(form)).build();
    HttpAnswer answer;
    try (Response response = client.newCall(http).execute()) {
      answer = new HttpAnswer(response.code(), response.header("Content-Type"),
          read(response.body(), response.code(), request));
    } catch (IOException e) {
      throw AnswerRule.io(e, request);
    }
    if (!step.creates() && answer.html() && LOGIN_FORM.matcher(answer.body()).find()) {
      return new Answer(null, null); // the HTML login form: a login answer, renewed by call()
    }
    return answers().classify(request, answer, this::document);
  }

  /**
   * What BILLmanager's document says of an answer: a "request in process" string or a document on a 2xx, and
   * an error document whatever the HTTP status (a definitive refusal, typed by {@link ErrorMapper} in {@link
   * #call}); null for anything else, which core's rule then classifies.
   */
  private Answer document(HttpAnswer answer) {
    if (answer.successful()) {
      List<Map.Entry<String, String>> inProcess = longQuery(answer.body());
      if (inProcess != null) {
        return new Answer(null, inProcess);
      }
    }
    Doc doc;
    try {
      doc = Answers.parse(mapper, answer.body(), scrubber().scrub(answer.body()));
    } catch (ProviderErrorException notADocument) {
      return null;
    }
    return doc.error() != null || doc.isLogon() || answer.successful() ? new Answer(doc, null) : null;
  }

  /**
   * Core's classifier, showing why an answer is not a document, or the start of its body, scrubbed of secrets
   * (the session included).
   */
  private AnswerClassifier answers() {
    return AnswerClassifier.of("BILLmanager").words(a -> {
      SecretScrubber scrubber = scrubber();
      try {
        Answers.parse(mapper, a.body(), scrubber.scrub(a.body()));
      } catch (ProviderErrorException notADocument) {
        return notADocument.providerMessage(); // why it is not a document, already scrubbed
      }
      return Answers.abbreviate(scrubber.scrub(a.body()));
    });
  }

  private static String read(ResponseBody body, int code, AnswerRule.Request request) throws IOException {
    if (body == null) {
      return "";
    }
    BufferedSource source = body.source();
    if (source.request(MAX_ANSWER + 1)) {
      throw AnswerRule.unrecognised(request, code, "an answer larger than " + MAX_ANSWER + " bytes");
    }
    MediaType type = body.contentType();
    Charset charset = type == null ? StandardCharsets.UTF_8 : type.charset(StandardCharsets.UTF_8);
    return source.getBuffer().readString(charset);
  }

  private RequestBody body(Form form) {
    if (multipart) {
      MultipartBody.Builder b = new MultipartBody.Builder().setType(MultipartBody.FORM);
      form.fields().forEach(f -> b.addFormDataPart(f.name(), f.value()));
      return b.build();
    }
    FormBody.Builder b = new FormBody.Builder(StandardCharsets.UTF_8);
    form.fields().forEach(f -> b.add(f.name(), f.value()));
    return b.build();
  }

  /** Returns a scrubber of every secret known now, the current session included. */
  SecretScrubber scrubber() {
    List<String> secrets = new ArrayList<>(settings.secrets());
    String s = session;
    if (s != null) {
      secrets.add(s);
    }
    return SecretScrubber.of(secrets);
  }

  /**
   * An answer: its document, or null for an HTML login form answered to a reading request; or, for a
   * "request in process" answer, the query of the URL to fetch its result from.
   */
  private record Answer(Doc doc, List<Map.Entry<String, String>> longQuery) {}
}
