package dev.smtpstatus.dsn.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of the dsn module, the same as impl's {@code SmtpStyle}
 * (docs/CONTRIBUTING.md, style 9): JDK collections only, a package-private implementation that only
 * hand-written factories use, {@code getX()}/{@code isX()} accessors. impl keeps its own style in a
 * package it does not export, so this module has its copy.
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
public @interface DsnStyle {}
