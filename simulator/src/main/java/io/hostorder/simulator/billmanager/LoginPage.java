package io.hostorder.simulator.billmanager;

/** The HTML login page answered in {@link LoginAnswer#HTML_PAGE} mode. */
final class LoginPage {
  static final String HTML = """
      <!DOCTYPE html>
      <html lang="en">
      <head><meta charset="utf-8"><title>BILLmanager: log in</title></head>
      <body>
      <form method="post" action="">
      <input type="hidden" name="func" value="auth">
      <label>Login <input type="text" name="username"></label>
      <label>Password <input type="password" name="password"></label>
      <button type="submit">Log in</button>
      </form>
      </body>
      </html>
      """;

  private LoginPage() {}
}
