package dev.smtpstatus.ksp

import com.google.devtools.ksp.processing.CodeGenerator
import com.google.devtools.ksp.processing.Dependencies
import com.google.devtools.ksp.processing.Resolver
import com.google.devtools.ksp.processing.SymbolProcessor
import com.google.devtools.ksp.processing.SymbolProcessorProvider
import com.google.devtools.ksp.symbol.KSAnnotated
import dev.smtpstatus.Compatibility
import dev.smtpstatus.ksp.Ksp.Diagnostic
import dev.smtpstatus.ksp.Ksp.Kind
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test

/**
 * Deferred declarations, in a run of their own: KSP runs no further round after one in which a
 * processor logged an error, so the first round here must be free of errors.
 */
class DeferralTest {

  private val source =
    """
    package deferred
    import dev.smtpstatus.api.Replies
    @Replies(code = 452, status = GENERATED_STATUS) // a constant generated in round 1
    fun generatedConstant() {}
    @Replies(code = 452, status = "5.3.4") // a parameter of a type generated in round 1
    fun generatedType(x: GeneratedType) {}
    @Replies(code = 452, status = NEVER_DEFINED) // the compiler's error, not ours
    fun unresolved() {}
    @Replies(code = 550, status = "5.3.4") // resolved at once: a warning in round 1
    fun warning() {}
    """
      .trimIndent()

  /** A second processor that generates, in its first round, what the source uses. */
  private class Generator(private val codeGenerator: CodeGenerator) : SymbolProcessor {
    private var done = false

    override fun process(resolver: Resolver): List<KSAnnotated> {
      if (!done) {
        done = true
        codeGenerator.createNewFile(Dependencies(false), "deferred", "Generated").use {
          it.write(
            "package deferred\nconst val GENERATED_STATUS = \"5.3.4\"\nclass GeneratedType\n"
              .toByteArray()
          )
        }
      }
      return emptyList()
    }
  }

  @Test
  fun `a declaration waits for what another processor generates, and is checked once`() {
    val file = "deferred/Deferred.kt"
    val result =
      Ksp.run(
        mapOf(file to source),
        providers =
          listOf(
            RepliesSymbolProcessorProvider(),
            SymbolProcessorProvider { env -> Generator(env.codeGenerator) },
          ),
      )
    fun at(marker: String) = source.lines().indexOfFirst { marker in it } + 1
    fun diagnostic(kind: Kind, code: Int, status: String, marker: String, member: String) =
      Diagnostic(kind, Compatibility.check(code, status).single().toString(), file, at(marker), "argument $member")
    assertEquals(
      listOf(
        diagnostic(Kind.ERROR, 452, "5.3.4", "a constant generated", "status"),
        diagnostic(Kind.ERROR, 452, "5.3.4", "a parameter of a type", "status"),
        diagnostic(Kind.WARNING, 550, "5.3.4", "resolved at once", "code"),
      ),
      result.diagnostics.sortedBy { it.line },
    )
    assertEquals(listOf<Throwable>(), result.exceptions)
  }
}
