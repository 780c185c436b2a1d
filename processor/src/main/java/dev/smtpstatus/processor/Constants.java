package dev.smtpstatus.processor;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.jspecify.annotations.Nullable;

/**
 * The value of an argument that is a compile-time constant (JLS §15.29), or null: the constants the
 * body scan checks (docs/decisions/0803).
 *
 * <p>Every leaf is javac's own value: a literal's {@link LiteralTree#getValue()} (javac read the
 * hex, the underscores, the escapes) and a constant variable's {@link
 * VariableElement#getConstantValue()} ({@code static final} fields, also from class files, and
 * {@code final} locals, with javac's folding of their initializers). The compiler's public API
 * gives no value for an operator expression written inline, so this class combines javac's leaf
 * values with Java's own operators for the forms reply codes and statuses are written in:
 * parentheses, casts to integral types and {@code String}, unary {@code + - ~}, binary {@code + - *
 * / %} on integral values, string concatenation, and {@code ?:} on a constant condition. Any other
 * form (floating point, shifts, comparisons) is left to run time: null, never a guess.
 */
final class Constants {
  private Constants() {}

  /** The constant value of the expression at {@code path}, or null if it is not one we fold. */
  static @Nullable Object value(Trees trees, TreePath path) {
    Tree t = path.getLeaf();
    switch (t.getKind()) {
      case PARENTHESIZED:
        return value(trees, new TreePath(path, ((ParenthesizedTree) t).getExpression()));
      case INT_LITERAL:
      case LONG_LITERAL:
      case CHAR_LITERAL:
      case STRING_LITERAL:
      case BOOLEAN_LITERAL:
        return ((LiteralTree) t).getValue();
      case IDENTIFIER:
      case MEMBER_SELECT:
        Element e = trees.getElement(path);
        return e instanceof VariableElement ? ((VariableElement) e).getConstantValue() : null;
      case TYPE_CAST:
        return cast(trees, path, (TypeCastTree) t);
      case UNARY_PLUS:
      case UNARY_MINUS:
      case BITWISE_COMPLEMENT:
        return unary(
            t.getKind(), value(trees, new TreePath(path, ((UnaryTree) t).getExpression())));
      case PLUS:
      case MINUS:
      case MULTIPLY:
      case DIVIDE:
      case REMAINDER:
        BinaryTree b = (BinaryTree) t;
        Object left = value(trees, new TreePath(path, b.getLeftOperand()));
        if (left == null) {
          return null;
        }
        Object right = value(trees, new TreePath(path, b.getRightOperand()));
        return right == null ? null : binary(t.getKind(), left, right);
      case CONDITIONAL_EXPRESSION:
        ConditionalExpressionTree c = (ConditionalExpressionTree) t;
        Object condition = value(trees, new TreePath(path, c.getCondition()));
        if (!(condition instanceof Boolean)) {
          return null;
        }
        Object yes = value(trees, new TreePath(path, c.getTrueExpression()));
        Object no = value(trees, new TreePath(path, c.getFalseExpression()));
        // Both must be constants (JLS §15.29), and of one type, so no conversion is ours to guess.
        if (yes == null || no == null || yes.getClass() != no.getClass()) {
          return null;
        }
        return (Boolean) condition ? yes : no;
      default:
        return null;
    }
  }

  /**
   * The value as an {@code int} parameter receives it (widened from char, short, byte), or null.
   */
  static @Nullable Integer asInt(@Nullable Object v) {
    if (v instanceof Integer) {
      return (Integer) v;
    }
    if (v instanceof Character) {
      return (int) (Character) v;
    }
    if (v instanceof Short || v instanceof Byte) {
      return ((Number) v).intValue();
    }
    return null;
  }

  private static @Nullable Object cast(Trees trees, TreePath path, TypeCastTree t) {
    Object v = value(trees, new TreePath(path, t.getExpression()));
    TypeMirror type = trees.getTypeMirror(path);
    if (v == null || type == null) {
      return null;
    }
    if (type.getKind() == TypeKind.DECLARED) {
      Element e = ((DeclaredType) type).asElement();
      boolean string =
          e instanceof TypeElement
              && ((TypeElement) e).getQualifiedName().contentEquals("java.lang.String");
      return string && v instanceof String ? v : null;
    }
    Long n = integral(v);
    if (n == null) {
      return null;
    }
    switch (type.getKind()) {
      case INT:
        return (int) (long) n;
      case LONG:
        return n;
      case CHAR:
        return (char) (long) n;
      case SHORT:
        return (short) (long) n;
      case BYTE:
        return (byte) (long) n;
      default:
        return null;
    }
  }

  private static @Nullable Object unary(Tree.Kind kind, @Nullable Object v) {
    Long n = integral(v);
    if (n == null) {
      return null;
    }
    boolean isLong = v instanceof Long;
    long r = kind == Tree.Kind.UNARY_MINUS ? -n : kind == Tree.Kind.BITWISE_COMPLEMENT ? ~n : n;
    return isLong ? (Object) r : (Object) (int) r;
  }

  private static @Nullable Object binary(Tree.Kind kind, Object left, Object right) {
    if (kind == Tree.Kind.PLUS && (left instanceof String || right instanceof String)) {
      return String.valueOf(left) + right; // JLS §15.18.1, Java's own string conversion
    }
    Long a = integral(left);
    Long b = integral(right);
    if (a == null || b == null) {
      return null;
    }
    // Binary numeric promotion (JLS §5.6): long if either is long, else int.
    if (left instanceof Long || right instanceof Long) {
      return longOp(kind, a, b);
    }
    return intOp(kind, (int) (long) a, (int) (long) b);
  }

  private static @Nullable Object longOp(Tree.Kind kind, long a, long b) {
    switch (kind) {
      case PLUS:
        return a + b;
      case MINUS:
        return a - b;
      case MULTIPLY:
        return a * b;
      case DIVIDE:
        return b == 0 ? null : a / b;
      case REMAINDER:
        return b == 0 ? null : a % b;
      default:
        return null;
    }
  }

  private static @Nullable Object intOp(Tree.Kind kind, int a, int b) {
    switch (kind) {
      case PLUS:
        return a + b;
      case MINUS:
        return a - b;
      case MULTIPLY:
        return a * b;
      case DIVIDE:
        return b == 0 ? null : a / b;
      case REMAINDER:
        return b == 0 ? null : a % b;
      default:
        return null;
    }
  }

  /** An integral constant (int, long, char, short, byte) as a long; null for anything else. */
  private static @Nullable Long integral(@Nullable Object v) {
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    if (v instanceof Character) {
      return (long) (Character) v;
    }
    return null;
  }
}
