package example;

import dev.smtpstatus.api.Replies;

/** A transient reply code with a permanent status: the build must fail. */
public class QuotaHandler {
  @Replies(code = 452, status = "5.3.4")
  public void reject() {}
}
