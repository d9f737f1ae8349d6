package nl.signaal.simulation.engine;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Arbitrary text at the expression language: parsed, or an ExpressionException with a column; nothing else. */
class ArbitraryExpressionProperties {

    private static final List<VariableDeclaration> VARIABLES = List.of(
            new VariableDeclaration("trust", VariableType.INT, 0, -5, 5), VariableDeclaration.flag("told", false));

    @Property(tries = 500)
    void aConditionIsParsedOrALocatedProblem(@ForAll("expressions") String source) {
        try {
            Expressions.condition(source, VARIABLES);
        } catch (ExpressionException e) {
            org.assertj.core.api.Assertions.assertThat(e.column()).isGreaterThanOrEqualTo(0);
        }
    }

    @Property(tries = 500)
    void effectsAreParsedOrALocatedProblem(@ForAll("expressions") String source) {
        try {
            Expressions.effects(source, VARIABLES);
        } catch (ExpressionException e) {
            org.assertj.core.api.Assertions.assertThat(e.column()).isGreaterThanOrEqualTo(0);
        }
    }

    @Example
    void thousandsOfParenthesesAreAProblemNotAStackOverflow() {
        // Found by this property (StackOverflowError in the recursive-descent parser).
        assertThatThrownBy(() -> Expressions.condition("(".repeat(5000) + "told" + ")".repeat(5000), VARIABLES))
                .isInstanceOf(ExpressionException.class)
                .hasMessageContaining("too long");
        assertThatThrownBy(() -> Expressions.effects("trust += 1" + " + 1".repeat(3000), VARIABLES))
                .isInstanceOf(ExpressionException.class)
                .hasMessageContaining("too long");
    }

    @Provide
    Arbitrary<String> expressions() {
        Arbitrary<String> tokens = Arbitraries.of(
                        "trust",
                        "told",
                        "and",
                        "or",
                        "not",
                        "true",
                        "false",
                        "(",
                        ")",
                        "==",
                        "!=",
                        "<=",
                        ">=",
                        "+=",
                        "-=",
                        "<",
                        ">",
                        "+",
                        "-",
                        "=",
                        ";",
                        ",",
                        "0",
                        "1",
                        "99999999999",
                        " ",
                        "\u00a0",
                        "x")
                .list()
                .ofMaxSize(20)
                .map(parts -> String.join("", parts));
        Arbitrary<String> deep = Arbitraries.integers()
                .between(100, 20000)
                .flatMap(depth -> Arbitraries.of(
                        "(".repeat(depth) + "told" + ")".repeat(depth), "not ".repeat(depth) + "told",
                        "-".repeat(depth) + "1 < trust", "trust" + " + 1".repeat(depth) + " > 0"));
        return Arbitraries.frequencyOf(
                Tuple.of(6, tokens), Tuple.of(3, Arbitraries.strings().ofMaxLength(30)), Tuple.of(1, deep));
    }
}
