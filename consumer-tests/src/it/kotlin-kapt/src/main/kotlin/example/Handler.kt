package example

import dev.smtpstatus.SmtpReply
import dev.smtpstatus.api.Replies

@Replies(code = 552, status = "5.3.4") // message too big for system
@Replies(code = 451, status = "4.3.0") // mail system busy
fun checkMessage(size: Long, limit: Long): SmtpReply =
  if (size > limit) SmtpReply.of(552, "5.3.4", "Message too big")
  else SmtpReply.of(451, "4.3.0", "Busy, try again later")

// Allowed but unusual: kapt must print the processor's warning (proof that it ran).
@Replies(code = 550, status = "5.3.4")
fun unusual(): SmtpReply = SmtpReply.of(552, "5.3.4", "Message too big")
