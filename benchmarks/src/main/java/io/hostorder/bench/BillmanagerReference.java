package io.hostorder.bench;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The documented BILLmanager and Zomro orders by hand. BILLmanager (New Order API, curl {@code -d}):
 * {@code v2.vds.order.param} with {@code authinfo} and {@code su} → {@code lineitem.id}, then {@code
 * cartorder.create.confirm elid=<lineitem.id> paymethod_id=0}; with {@code skipbasket=on} the first
 * request pays and is the whole order. Zomro (curl {@code --form}, multipart): {@code
 * v2.instances.order.param} with {@code auth} → {@code lineitem.id}, then the same confirm.
 */
final class BillmanagerReference implements Reference {
  private static final Pattern LINE = Pattern.compile("lineitem\\.id\\D*(\\d+)");
  private static final Pattern ERROR = Pattern.compile("<error|\"error\"");
  private static final Pattern SESSION = Pattern.compile("\"\\$id\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern EXPIRED = Pattern.compile("\"\\$type\"\\s*:\\s*\"(?:access|auth)\"|type=\"(?:access|auth)\"");

  private final OkHttpClient client = Http.client();
  private final HttpUrl url;
  private final Map<String, String> credentials;
  private final Map<String, String> login;
  private final boolean zomro;
  private final boolean skipbasket;

  private BillmanagerReference(HttpUrl url, Map<String, String> credentials, Map<String, String> login,
      boolean zomro, boolean skipbasket) {
    this.url = url;
    this.credentials = new LinkedHashMap<>(credentials);
    this.login = login;
    this.zomro = zomro;
    this.skipbasket = skipbasket;
  }

  /** The New Order API's example: an administrator ({@code authinfo}) acting for its client ({@code su}). */
  static BillmanagerReference billmanager(HttpUrl url, String login, String password, String su, boolean skipbasket) {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("authinfo", login + ":" + password);
    c.put("su", su);
    return new BillmanagerReference(url, c, Map.of(), false, skipbasket);
  }

  /** Zomro with a session token ({@code auth}) from {@code func=auth}, renewed once when it expires, as hostorder does. */
  static BillmanagerReference zomro(HttpUrl url, String login, String password) throws IOException {
    Map<String, String> auth = new LinkedHashMap<>();
    auth.put("func", "auth");
    auth.put("username", login);
    auth.put("password", password);
    auth.put("out", "json");
    BillmanagerReference r = new BillmanagerReference(url, Map.of(), auth, true, false);
    r.logIn();
    return r;
  }

  private void logIn() throws IOException {
    String answer = Http.body(client, new Request.Builder().url(url).post(Http.multipart(login)).build());
    credentials.put("auth", Http.find(SESSION, answer, "session id"));
  }

  @Override
  public int documentedRequests() {
    return skipbasket ? 1 : 2;
  }

  @Override
  public String order(String name) throws IOException {
    Map<String, String> add = new LinkedHashMap<>(credentials);
    add.put("out", zomro ? "json" : "xml");
    add.put("sok", "ok");
    if (zomro) {
      add.put("func", "v2.instances.order.param");
      add.put("order_period", "-50");
      add.put("licence_agreement", "on");
      add.put("use_ssh_key", "off");
      add.put("pricelist", "6740");
      add.put("servername", name);
      add.put("password", "TckServer1pass");
      add.put("instances_os", "479c96f1-ccc6-47a2-952c-c9e3bbdc8d07");
      add.put("order_count", "1");
      add.put("addon_6746", "260");
      add.put("datacenter", "13");
      add.put("force_use_new_cart", "on");
    } else {
      add.put("force_use_new_cart", "on");
      add.put("func", "v2.vds.order.param");
      add.put("datacenter", "1");
      add.put("pricelist", "2");
      add.put("addon_2", "10");
      add.put("order_period", "1");
      add.put("clicked_button", "order");
      if (skipbasket) {
        add.put("skipbasket", "on");
      }
    }
    String answer = post(add);
    if (skipbasket) {
      return "ok"; // paid at once: BILLmanager answers ok, nothing stays in the cart
    }
    String line = Http.find(LINE, answer, "lineitem.id");
    Map<String, String> confirm = new LinkedHashMap<>(credentials);
    confirm.put("out", zomro ? "json" : "xml");
    confirm.put("func", "cartorder.create.confirm");
    confirm.put("sok", "ok");
    confirm.put("elid", line);
    confirm.put("paymethod_id", "0");
    post(confirm);
    return line;
  }

  private String post(Map<String, String> fields) throws IOException {
    String answer = send(fields);
    if (zomro && EXPIRED.matcher(answer).find()) {
      logIn();
      fields.put("auth", credentials.get("auth"));
      answer = send(fields);
    }
    if (ERROR.matcher(answer).find()) {
      throw new IOException(fields.get("func") + ": " + answer);
    }
    return answer;
  }

  private String send(Map<String, String> fields) throws IOException {
    RequestBody body = zomro ? Http.multipart(fields) : Http.form(fields);
    return Http.body(client, new Request.Builder().url(url).post(body).build());
  }
}
