// Every Kotlin form @Replies can take, each with an allowed but unusual pair (550 with 5.3.4, which
// the registry lists with 552 and 554): the processor warns once per form kapt shows it. An
// annotation marked "expect: warning" must get [smtp-status/UnlistedReplyCode] on its line or on
// its declaration's (kapt places a member's diagnostics on the declaration); one marked "expect:
// none" gets nothing (a good pair, or a form kapt's stubs leave out). verify.groovy reads the marks.
@file:Suppress("unused", "UNUSED_PARAMETER", "UNUSED_VARIABLE")

package example

import dev.smtpstatus.api.Replies

const val TOO_BIG = 552
const val TOO_BIG_STATUS = "5.3.4"
const val UNUSUAL = 550

@Replies(code = 550, status = "5.3.4") // expect: warning
class OnClass

@Replies(code = 550, status = "5.3.4") // expect: warning
interface OnInterface {
  @Replies(code = 550, status = "5.3.4") // expect: warning
  fun abstractMember()

  @Replies(code = 550, status = "5.3.4") // expect: warning
  fun withBody() {}
}

@Replies(code = 550, status = "5.3.4") // expect: warning
object OnObject {
  @Replies(code = 550, status = "5.3.4") // expect: warning
  fun member() {}
}

class WithCompanion {
  companion object {
    @Replies(code = 550, status = "5.3.4") // expect: warning
    @JvmStatic
    fun jvmStatic() {}
  }
}

@Replies(code = 550, status = "5.3.4") // expect: warning
enum class OnEnum {
  A,
  B;

  @Replies(code = 550, status = "5.3.4") // expect: warning
  fun member() {}
}

@Replies(code = 550, status = "5.3.4") // expect: warning
annotation class OnAnnotationClass

@Replies(code = 550, status = "5.3.4") // expect: warning
data class OnDataClass(val code: Int)

@Replies(code = 550, status = "5.3.4") // expect: warning
sealed interface OnSealedInterface

@Replies(code = 550, status = "5.3.4") // expect: warning
fun interface OnFunInterface {
  fun run()
}

@Replies(code = 550, status = "5.3.4") // expect: warning
fun <T : Comparable<T>> generic(t: T): T = t

@Replies(code = 550, status = "5.3.4") // expect: warning
fun varargs(vararg a: String) {}

@Replies(code = 550, status = "5.3.4") // expect: warning
fun String.extension() {}

@Replies(code = 550, status = "5.3.4") // expect: warning
suspend fun suspending() {}

@Replies(code = 550, status = "5.3.4") // expect: warning
fun lambdasEnclosing(): () -> Unit = { println(1) }

class Outer {
  @Replies(code = 550, status = "5.3.4") // expect: warning
  class Nested

  inner class Inner {
    @Replies(code = 550, status = "5.3.4") // expect: warning
    fun member() {}
  }
}

abstract class Abstract {
  @Replies(code = 550, status = "5.3.4") // expect: warning
  abstract fun member()
}

class Accessors {
  @get:Replies(code = 550, status = "5.3.4") // expect: warning
  val getter: Int get() = 1
}

// Constants and constant expressions: kapt's stubs carry the computed values.
@Replies(code = TOO_BIG, status = TOO_BIG_STATUS) // expect: none
fun goodConstants() {}

@Replies(code = UNUSUAL, status = TOO_BIG_STATUS) // expect: warning
fun unusualConstants() {}

@Replies(code = 500 + 50, status = "5." + "3.4") // expect: warning
fun expressions() {}

// Repeated, and the container written by hand.
@Replies(code = 552, status = "5.3.4") // expect: none
@Replies(code = 550, status = "5.3.4") // expect: warning
fun repeated() {}

@Replies.List(
  Replies(code = 552, status = "5.3.4"), // expect: none
  Replies(code = 550, status = "5.3.4"), // expect: warning
)
fun handWrittenList() {}

// Inside a body: kapt's stubs have no local declarations, so the processor never sees these.
fun bodies() {
  @Replies(code = 550, status = "5.3.4") // expect: none
  fun local() {}

  @Replies(code = 550, status = "5.3.4") // expect: none
  class Local
}
