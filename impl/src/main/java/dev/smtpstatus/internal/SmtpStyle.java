package dev.smtpstatus.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of smtp-status (docs/CONTRIBUTING.md, style 9): JDK collections only, a
 * package-private implementation that only hand-written factories use, {@code getX()}/{@code isX()}
 * accessors so that Kotlin reads properties, no builders or copy methods unless a type asks for
 * them.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    init = "set*",
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    jdkOnly = true,
    allParameters = true,
    defaults = @Value.Immutable(builder = false, copy = false),
    privateNoargConstructor = true,
    overshadowImplementation = true)
public @interface SmtpStyle {}
