package example;

import dev.smtpstatus.SmtpReply;
import dev.smtpstatus.api.Replies;

/** Good pairs only: the build passes under -Xlint:all -Werror and strict mode. */
public class QuotaHandler {
  @Replies(code = 552, status = "5.3.4") // message too big for system
  @Replies(code = 452, status = "4.2.2") // mailbox full
  public SmtpReply reject(long size, long limit) {
    return size > limit
        ? SmtpReply.of(552, "5.3.4", "Message too big")
        : SmtpReply.of(452, "4.2.2", "Mailbox full");
  }
}
