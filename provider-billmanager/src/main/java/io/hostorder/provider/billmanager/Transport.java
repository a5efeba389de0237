package io.hostorder.provider.billmanager;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hostorder.core.error.AuthenticationException;
import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.error.TransientException;
import io.hostorder.core.http.Failures;
import io.hostorder.core.http.Redactor;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
 * whatever the HTTP status. A session that has expired (an {@code auth} or {@code access} error, or a
 * login page) is renewed with {@code func=auth} at most once per call, and only when username and
 * password are configured. Safe for concurrent use.
 */
final class Transport {
  /** Answers larger than this are refused rather than read into memory. */
  private static final long MAX_ANSWER = 8L * 1024 * 1024;

  private final OkHttpClient client;
  private final Settings settings;
  private final ObjectMapper mapper;
  private final boolean multipart;
  private volatile String session;

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
   * @throws HostorderException the typed error of a failure, an error document or an unreadable answer
   */
  Doc call(Form op, Step step) {
    boolean renewed = false;
    while (true) {
      String used = settings.usesAuthinfo() ? null : sessionFor(step);
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
      op.fields().forEach(f -> form.add(f.name(), f.value(), f.path()));
      Answer answer = send(form, step);
      Doc.DocError error = answer.doc == null ? null : answer.doc.error();
      boolean authFailure = answer.doc == null || answer.doc.isLogon()
          || (error != null && (error.type().equals("auth") || error.type().equals("access")));
      if (authFailure && used != null && settings.canLogin() && !renewed) {
        renewed = true;
        renew(used, step);
        continue;
      }
      if (answer.doc == null) {
        throw new AuthenticationException("BILLmanager answered with its HTML login page instead of a document: "
            + "the credentials or the session were not accepted" + hint(used, renewed));
      }
      if (answer.doc.isLogon()) {
        throw new AuthenticationException("BILLmanager answered with its login form ($func=logon) instead of a result: "
            + "the credentials or the session were not accepted" + hint(used, renewed));
      }
      if (error != null) {
        HostorderException mapped = ErrorMapper.map(error, step, op, redactor());
        if (mapped instanceof AuthenticationException && used != null && !error.type().equals("extraconfirm")) {
          throw new AuthenticationException(mapped.getMessage() + hint(used, renewed));
        }
        throw mapped;
      }
      return answer.doc;
    }
  }

  private String hint(String usedSession, boolean renewed) {
    if (usedSession == null) {
      return "";
    }
    if (renewed) {
      return " (even after logging in again once)";
    }
    return settings.canLogin() ? "" : " (the session may have expired; configure username and password to renew it automatically)";
  }

  private String sessionFor(Step step) {
    String s = session;
    if (s != null) {
      return s;
    }
    synchronized (this) {
      if (session == null) {
        session = login(step);
      }
      return session;
    }
  }

  private void renew(String failed, Step step) {
    synchronized (this) {
      if (failed.equals(session)) {
        session = login(step);
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
      HostorderException mapped = ErrorMapper.map(error, step, form, redactor());
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
    Request request = new Request.Builder().url(settings.http().baseUrl()).post(body(form)).build();
    try (Response response = client.newCall(request).execute()) {
      String contentType = response.header("Content-Type");
      String body = read(response.body(), step);
      if (Answers.isHtml(contentType, body)) {
        return new Answer(null);
      }
      if (!response.isSuccessful()) {
        return new Answer(unsuccessful(response.code(), body, step));
      }
      return new Answer(Answers.parse(mapper, body, redactor().scrub(body)));
    } catch (IOException e) {
      throw Failures.io(e, step.creates(), step.reference(), step.name(), step.ids());
    }
  }

  /** Returns the error document of a non-2xx answer, or throws the error its status means. */
  private Doc unsuccessful(int code, String body, Step step) {
    try {
      Doc doc = Answers.parse(mapper, body, "");
      if (doc.error() != null) {
        return doc;
      }
    } catch (ProviderErrorException notADocument) {
      // fall through to the status
    }
    String text = "HTTP " + code + (body.isBlank() ? "" : ": " + Answers.abbreviate(redactor().scrub(body)));
    if (code == 401 || code == 403) {
      throw new AuthenticationException("BILLmanager refused the request (" + text + ")");
    }
    if (code == 429 || code == 503) {
      throw new TransientException(step.name() + " was not accepted (" + text + "); safe to retry", null, step.ids());
    }
    if (code >= 500) {
      if (step.creates()) {
        throw new OutcomeUnknownException(step.reference(), step.name(), step.ids(),
            new IOException("the provider failed while processing it: " + text));
      }
      throw new TransientException(step.name() + " failed (" + text + "); safe to retry", null, step.ids());
    }
    throw new ProviderErrorException("http-" + code, text, step.ids(), null);
  }

  private static String read(ResponseBody body, Step step) throws IOException {
    if (body == null) {
      return "";
    }
    BufferedSource source = body.source();
    if (source.request(MAX_ANSWER + 1)) {
      throw new ProviderErrorException("answer-too-large", "the answer to " + step.name() + " is larger than "
          + MAX_ANSWER + " bytes", step.ids(), null);
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

  /** Returns a redactor of every secret known now, the current session included. */
  Redactor redactor() {
    List<String> secrets = new ArrayList<>(settings.secrets());
    String s = session;
    if (s != null) {
      secrets.add(s);
    }
    return Redactor.of(secrets);
  }

  /** An answer: its document, or null for an HTML login page. */
  private record Answer(Doc doc) {}
}
