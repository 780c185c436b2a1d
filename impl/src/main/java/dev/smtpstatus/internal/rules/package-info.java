/**
 * The rule engine's checks, one class per {@link dev.smtpstatus.Rule}, named after its tag ({@code
 * smtp-status/ClassMismatch} is {@link dev.smtpstatus.internal.rules.ClassMismatchCheck}), with the
 * fix-finding ({@link dev.smtpstatus.internal.rules.Fixes}) and English phrasing ({@link
 * dev.smtpstatus.internal.rules.Wording}) they share, and the input records they read. {@link
 * dev.smtpstatus.internal.rules.Checks} lists them; {@link dev.smtpstatus.Compatibility} runs them
 * and owns the policy. Not exported by the module and not public API.
 */
@NullMarked
package dev.smtpstatus.internal.rules;

import org.jspecify.annotations.NullMarked;
