package dev.smtpstatus.ksp

import com.google.devtools.ksp.impl.KotlinSymbolProcessing
import com.google.devtools.ksp.processing.KSPJvmConfig
import com.google.devtools.ksp.processing.KSPLogger
import com.google.devtools.ksp.processing.SymbolProcessorProvider
import com.google.devtools.ksp.symbol.FileLocation
import com.google.devtools.ksp.symbol.KSAnnotation
import com.google.devtools.ksp.symbol.KSDeclaration
import com.google.devtools.ksp.symbol.KSNode
import com.google.devtools.ksp.symbol.KSValueArgument
import dev.smtpstatus.api.Replies
import java.io.File
import kotlin.io.path.createTempDirectory

/**
 * Runs KSP2 for real — its programmatic entry point, [KotlinSymbolProcessing], the one Gradle's KSP
 * plugin and KSP's command line call — on Kotlin and Java sources written to a temporary directory,
 * and records what the processors logged and where (docs/decisions/0900).
 */
object Ksp {
  /** What a diagnostic was logged as. */
  enum class Kind {
    ERROR,
    WARNING,
    INFO,
  }

  /**
   * One diagnostic: [file] is the source's path relative to the source root, [line] KSP's 1-based
   * line, [node] what it was logged on (`argument status`, `annotation @Replies`, `declaration f`).
   */
  data class Diagnostic(
    val kind: Kind,
    val message: String,
    val file: String?,
    val line: Int,
    val node: String,
  ) {
    /** `file:line`, the place KSP prints. */
    val place: String
      get() = "$file:$line"
  }

  /** The outcome of one run. */
  data class Result(
    val exitCode: KotlinSymbolProcessing.ExitCode,
    val diagnostics: List<Diagnostic>,
    val exceptions: List<Throwable>,
  ) {
    val errors: List<Diagnostic>
      get() = diagnostics.filter { it.kind == Kind.ERROR }

    val warnings: List<Diagnostic>
      get() = diagnostics.filter { it.kind == Kind.WARNING }

    /** The diagnostics logged in one file. */
    fun inFile(file: String): List<Diagnostic> = diagnostics.filter { it.file == file }
  }

  /** The class path KSP resolves the sources against: `@Replies` and the Kotlin library. */
  private val libraries: List<File> =
    listOf(Replies::class.java, Unit::class.java).map {
      File(it.protectionDomain.codeSource.location.toURI())
    }

  /**
   * Runs KSP2 once with [providers] over [sources] (path relative to the source root to text;
   * `.kt` and `.java`), with the processor [options].
   */
  fun run(
    sources: Map<String, String>,
    options: Map<String, String> = emptyMap(),
    providers: List<SymbolProcessorProvider> = listOf(RepliesSymbolProcessorProvider()),
  ): Result {
    val base = createTempDirectory("ksp-test").toFile()
    try {
      val src = File(base, "src")
      for ((path, text) in sources) {
        val file = File(src, path)
        file.parentFile.mkdirs()
        file.writeText(text)
      }
      val out = File(base, "out")
      val config =
        KSPJvmConfig.Builder()
          .apply {
            moduleName = "main"
            sourceRoots = listOf(src)
            javaSourceRoots = listOf(src)
            libraries = this@Ksp.libraries
            jdkHome = File(System.getProperty("java.home"))
            jvmTarget = "17"
            languageVersion = "2.3"
            apiVersion = "2.3"
            projectBaseDir = base
            outputBaseDir = out
            cachesDir = File(out, "caches")
            classOutputDir = File(out, "classes")
            kotlinOutputDir = File(out, "kotlin")
            javaOutputDir = File(out, "java")
            resourceOutputDir = File(out, "resources")
            processorOptions = options
          }
          .build()
      val logger = RecordingLogger(src)
      val exit = KotlinSymbolProcessing(config, providers, logger).execute()
      return Result(exit, logger.diagnostics.toList(), logger.exceptions.toList())
    } finally {
      base.deleteRecursively()
    }
  }

  /** A [KSPLogger] that keeps what it is told; paths relative to [root] where given. */
  class RecordingLogger(private val root: File? = null) : KSPLogger {
    val diagnostics = mutableListOf<Diagnostic>()
    val exceptions = mutableListOf<Throwable>()

    override fun logging(message: String, symbol: KSNode?) {}

    override fun info(message: String, symbol: KSNode?) = record(Kind.INFO, message, symbol)

    override fun warn(message: String, symbol: KSNode?) = record(Kind.WARNING, message, symbol)

    override fun error(message: String, symbol: KSNode?) = record(Kind.ERROR, message, symbol)

    override fun exception(e: Throwable) {
      exceptions += e
    }

    private fun record(kind: Kind, message: String, symbol: KSNode?) {
      val location = symbol?.location as? FileLocation
      val file =
        location?.let {
          val path = File(it.filePath)
          (if (root == null) path else path.relativeToOrSelf(root.canonicalFile)).invariantSeparatorsPath
        }
      diagnostics += Diagnostic(kind, message, file, location?.lineNumber ?: 0, describe(symbol))
    }

    private fun describe(node: KSNode?): String =
      when (node) {
        null -> "nothing"
        is KSValueArgument -> "argument ${node.name?.asString()}"
        is KSAnnotation -> "annotation @${node.shortName.asString()}"
        is KSDeclaration -> "declaration ${node.simpleName.asString()}"
        else -> node.javaClass.simpleName
      }
  }

}
