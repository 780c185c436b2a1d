package example;

import dev.smtpstatus.EnhancedStatusCode;
import dev.smtpstatus.SmtpReply;
import dev.smtpstatus.StatusCodeRegistry;
import dev.smtpstatus.api.Replies;
import dev.smtpstatus.api.StatusClass;

/** Runs on the module path and fails (exit 1) unless smtp-status works there. */
public final class Main {
  private Main() {}

  @Replies(code = 552, status = "5.3.4")
  static SmtpReply tooBig() {
    return SmtpReply.of(552, "5.3.4", "Message too big");
  }

  public static void main(String[] args) {
    SmtpReply reply = SmtpReply.parse("550-5.1.1 No such user\r\n550 5.1.1 Check the address\r\n");
    EnhancedStatusCode status = reply.getStatus();
    check(status != null && status.getStatusClass() == StatusClass.PERMANENT_FAILURE, "class");
    check(StatusCodeRegistry.iana().get(EnhancedStatusCode.parse("5.3.4")) != null, "registry");
    check(tooBig().format().equals("552 5.3.4 Message too big\r\n"), "format");
    String module = SmtpReply.class.getModule().getName();
    check("dev.smtpstatus".equals(module), "named module dev.smtpstatus, got " + module);
    check(Main.class.getModule().isNamed(), "the application runs as a module");
    System.out.println("jpms consumer: ok, smtp-status read from module " + module);
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      System.err.println("jpms consumer: FAILED: " + what);
      System.exit(1);
    }
  }
}
