package dev.smtpstatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The basic reply codes the registry associates with an enhanced status code, modelled from the
 * registry's own wording (RFC 5248 §2: the list is non-exclusive, a sender may use other codes).
 *
 * <table>
 *   <caption>How the registry words them</caption>
 *   <tr><th>wording</th><th>{@link #getForm()}</th><th>{@link #getCodes()}</th>
 *       <th>{@link #getClassWildcards()}</th></tr>
 *   <tr><td>{@code 451, 550}, {@code 250 or 251}, {@code 451/550}</td><td>LIST</td>
 *       <td>the codes</td><td>none</td></tr>
 *   <tr><td>{@code 552 (other 4XX or 5XX codes are allowed)}</td><td>LIST</td><td>552</td>
 *       <td>4, 5</td></tr>
 *   <tr><td>{@code 5XX}</td><td>LIST</td><td>none</td><td>5</td></tr>
 *   <tr><td>{@code Any}</td><td>ANY</td><td>none</td><td>none</td></tr>
 *   <tr><td>{@code Not given}</td><td>NOT_GIVEN</td><td>none</td><td>none</td></tr>
 *   <tr><td>{@code .} (X.7.28, as registered)</td><td>UNSPECIFIED</td><td>none</td>
 *       <td>none</td></tr>
 * </table>
 */
@Value.Immutable
public abstract class AssociatedReplyCodes {

  /** How the registry states the association. */
  public enum Form {
    /** Specific codes and/or class wildcards such as {@code 5XX}. */
    LIST,
    /** {@code Any}: every reply code fits. */
    ANY,
    /** {@code Not given}: the registry names no code. */
    NOT_GIVEN,
    /** A value that names nothing, such as X.7.28's bare {@code "."}; read as "not given". */
    UNSPECIFIED
  }

  AssociatedReplyCodes() {}

  /**
   * The registry's wording, exactly, e.g. {@code "450, 550 (other 4XX or 5XX codes are allowed)"}.
   */
  public abstract String getWording();

  /** How the registry states the association. */
  public abstract Form getForm();

  /** The codes named one by one, in registry order; empty unless {@link #getForm()} is LIST. */
  public abstract List<ReplyCode> getCodes();

  /**
   * The first digits of whole classes the registry allows: {@code [5]} for {@code 5XX}, {@code [4,
   * 5]} for "other 4XX or 5XX codes are allowed"; empty otherwise.
   */
  public abstract List<Integer> getClassWildcards();

  /**
   * True if the registry itself pairs the code with this reply code: {@code Any}, a listed code, or
   * a code of a class the registry allows by wildcard ({@code 5XX}, "other 4XX or 5XX codes are
   * allowed"). A pair the registry lists never draws a warning.
   */
  public boolean lists(ReplyCode code) {
    return getForm() == Form.ANY
        || getCodes().contains(code)
        || getClassWildcards().contains(code.getValue() / 100);
  }

  /**
   * True if the registry names any reply code whose first digit is {@code digit}, one by one or by
   * wildcard ({@code Any} names all).
   */
  public boolean namesClass(int digit) {
    if (getForm() == Form.ANY || getClassWildcards().contains(digit)) {
      return true;
    }
    for (ReplyCode c : getCodes()) {
      if (c.getValue() / 100 == digit) {
        return true;
      }
    }
    return false;
  }

  /** The codes named one by one whose first digit is {@code digit}, in registry order. */
  public List<ReplyCode> getCodesOfClass(int digit) {
    List<ReplyCode> out = new ArrayList<>();
    for (ReplyCode c : getCodes()) {
      if (c.getValue() / 100 == digit) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Reads the registry's wording.
   *
   * @throws SmtpSyntaxException if the wording is none the registry uses
   */
  public static AssociatedReplyCodes parse(String wording) {
    Objects.requireNonNull(wording, "wording == null");
    String w = wording.trim();
    if (w.equalsIgnoreCase("Any")) {
      return ImmutableAssociatedReplyCodes.of(wording, Form.ANY, List.of(), List.of());
    }
    if (w.equalsIgnoreCase("Not given") || w.isEmpty()) {
      return ImmutableAssociatedReplyCodes.of(wording, Form.NOT_GIVEN, List.of(), List.of());
    }
    if (w.equals(".")) {
      return ImmutableAssociatedReplyCodes.of(wording, Form.UNSPECIFIED, List.of(), List.of());
    }
    List<Integer> wildcards = new ArrayList<>();
    String others = "(other 4XX or 5XX codes are allowed)";
    if (w.endsWith(others)) {
      wildcards.add(4);
      wildcards.add(5);
      w = w.substring(0, w.length() - others.length()).trim();
    }
    List<ReplyCode> codes = new ArrayList<>();
    for (String token : w.split("\\s*(,|/|\\bor\\b)\\s*")) {
      if (token.length() == 3 && token.endsWith("XX") && "2345".indexOf(token.charAt(0)) >= 0) {
        int digit = token.charAt(0) - '0';
        if (!wildcards.contains(digit)) {
          wildcards.add(digit);
        }
      } else {
        ReplyCode code = ReplyCode.parseOrNull(token);
        if (code == null) {
          throw new SmtpSyntaxException(
              wording,
              "not a reply code, nXX wildcard, 'Any' or 'Not given'",
              wording.indexOf(token));
        }
        codes.add(code);
      }
    }
    return ImmutableAssociatedReplyCodes.of(wording, Form.LIST, codes, wildcards);
  }

  /** Returns the registry's wording. */
  @Override
  public String toString() {
    return getWording();
  }
}
