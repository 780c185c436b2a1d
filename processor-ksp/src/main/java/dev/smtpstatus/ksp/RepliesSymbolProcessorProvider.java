package dev.smtpstatus.ksp;

import com.google.devtools.ksp.processing.SymbolProcessor;
import com.google.devtools.ksp.processing.SymbolProcessorEnvironment;
import com.google.devtools.ksp.processing.SymbolProcessorProvider;
import java.util.Objects;

/**
 * Creates the {@code @Replies} checker for a KSP run. KSP finds this class through {@code
 * META-INF/services/com.google.devtools.ksp.processing.SymbolProcessorProvider}; in Gradle:
 *
 * <pre>{@code
 * plugins { id("com.google.devtools.ksp") version "2.3.4" }
 * dependencies { ksp("dev.smtpstatus:smtp-status-processor-ksp:0.1.0") }
 * ksp { arg("smtpstatus.strict", "true") }   // optional: warnings become errors
 * }</pre>
 */
public final class RepliesSymbolProcessorProvider implements SymbolProcessorProvider {
  /** Creates the provider; KSP calls this through {@link java.util.ServiceLoader}. */
  public RepliesSymbolProcessorProvider() {}

  @Override
  public SymbolProcessor create(SymbolProcessorEnvironment environment) {
    Objects.requireNonNull(environment, "environment == null");
    return new RepliesSymbolProcessor(environment.getOptions(), environment.getLogger());
  }
}
