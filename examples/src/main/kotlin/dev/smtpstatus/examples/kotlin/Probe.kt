package dev.smtpstatus.examples.kotlin

import dev.smtpstatus.api.Replies

class Probe {
  @Replies(code = 552, status = "5.3.4") fun tooBig(): Int = 552
}
