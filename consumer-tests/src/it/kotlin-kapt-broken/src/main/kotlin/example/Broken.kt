// Pairs the processor refuses, in forms only Kotlin has: each annotation marked "expect: error" must
// get an [smtp-status/...] error, on its line or its declaration's, and the build must fail for no
// other reason. verify.groovy reads the marks.
@file:Suppress("unused")

package example

import dev.smtpstatus.api.Replies

const val TRANSIENT = 452

class Quotas {
  companion object {
    @Replies(code = 452, status = "5.3.4") // expect: error
    @JvmStatic
    fun full() {}
  }
}

object Limits {
  @Replies(code = TRANSIENT, status = "5.2.2") // expect: error
  fun mailboxFull() {}
}

@Replies(code = 250, status = "5.0.0") // expect: error
data class Accepted(val id: String)

@Replies(code = 550, status = "5.1.1") // expect: none
@Replies(code = 250, status = "4.2.2") // expect: error
suspend fun deliver() {}

@Replies(code = 199, status = "2.0.0") // expect: error
fun outOfRange() {}
