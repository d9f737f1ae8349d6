package nl.signaal.simulation.engine;

import static nl.signaal.simulation.engine.TestScenarios.VARIABLES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpressionsTest {

    private static final ScenarioDefinition SCENARIO = TestScenarios.scenario("end", new Ending("end", Outcome.GOOD));

    private static State state(int trust, int risk, boolean asked) {
        return new State(Map.of("trust", trust, "risk", risk, "asked_school", asked ? 1 : 0));
    }

    private static boolean holds(String condition, State state) throws ExpressionException {
        return Expressions.condition(condition, VARIABLES).holds(state);
    }

    private static State apply(String effects, State state) throws ExpressionException {
        State after = state;
        for (Effect effect : Expressions.effects(effects, VARIABLES)) {
            after = effect.apply(after, SCENARIO);
        }
        return after;
    }

    private static void assertFails(String condition, String message, int column) {
        assertThatThrownBy(() -> Expressions.condition(condition, VARIABLES))
                .isInstanceOfSatisfying(ExpressionException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo(message);
                    assertThat(e.column()).isEqualTo(column);
                });
    }

    private static void assertEffectFails(String effects, String message, int column) {
        assertThatThrownBy(() -> Expressions.effects(effects, VARIABLES))
                .isInstanceOfSatisfying(ExpressionException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo(message);
                    assertThat(e.column()).isEqualTo(column);
                });
    }

    @Test
    void evaluatesComparisonsAndArithmetic() throws ExpressionException {
        State state = state(5, 3, false);
        assertThat(holds("trust >= 3", state)).isTrue();
        assertThat(holds("trust - risk == 2", state)).isTrue();
        assertThat(holds("trust + 1 < risk", state)).isFalse();
        assertThat(holds("risk != 3", state)).isFalse();
        assertThat(holds("asked_school == false", state)).isTrue();
    }

    @Test
    void bindsNotTighterThanAndTighterThanOr() throws ExpressionException {
        // not a and b or c == ((not a) and b) or c
        State allFalse = state(0, 0, false);
        assertThat(holds("not asked_school and false or false", allFalse)).isFalse();
        assertThat(holds("not asked_school and true or false", allFalse)).isTrue();
        assertThat(holds("not true and false or true", allFalse)).isTrue();
        assertThat(holds("not (true and false or true)", allFalse)).isFalse();
    }

    @Test
    void parenthesesOverridePrecedence() throws ExpressionException {
        State state = state(5, 3, false);
        assertThat(holds("false and (false or true)", state)).isFalse();
        assertThat(holds("(false and false) or true", state)).isTrue();
        assertThat(holds("trust - (risk - 1) == 3", state)).isTrue();
        assertThat(holds("trust - risk - 1 == 1", state)).isTrue();
    }

    @Test
    void ignoresWhitespace() throws ExpressionException {
        assertThat(holds("  trust>=5and not asked_school ", state(5, 0, false))).isTrue();
    }

    @Test
    void keepsTheSourceOfConditionsAndEffects() throws ExpressionException {
        assertThat(Expressions.condition(" trust >= 3 ", VARIABLES).source()).isEqualTo("trust >= 3");
        assertThat(Expressions.effects("trust += 1;asked_school = true", VARIABLES))
                .extracting(Effect::source)
                .containsExactly("trust += 1", "asked_school = true");
    }

    @Test
    void appliesEffectsInOrderAndClampsAfterEach() throws ExpressionException {
        assertThat(apply("trust += 8; trust -= 3", state(5, 3, false)).get("trust"))
                .isEqualTo(7);
        assertThat(apply("risk -= 5", state(5, 3, false)).get("risk")).isZero();
        assertThat(apply("risk = trust + 20", state(5, 3, false)).get("risk")).isEqualTo(10);
        assertThat(apply("asked_school = not asked_school; trust = risk", state(5, 3, false)))
                .isEqualTo(state(3, 3, true));
    }

    @Test
    void reportsUnknownVariableWithItsColumn() {
        assertThatThrownBy(() -> Expressions.condition("trust >= 3 and trsut < 2", VARIABLES))
                .isInstanceOfSatisfying(ExpressionException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("unknown variable 'trsut'");
                    assertThat(e.column()).isEqualTo(16);
                    assertThat(e.unknownVariable()).contains("trsut");
                });
    }

    @Test
    void reportsSyntaxErrors() {
        assertFails("trust >=", "expected a number, true, false, a variable or '(', found the end", 9);
        assertFails("(trust > 1", "expected ')' to close the '(' at column 1, found the end", 11);
        assertFails("trust > 1 risk", "unexpected 'risk' after the condition", 11);
        assertFails("trust = 3", "unexpected '=' after the condition (write '==' to compare)", 7);
        assertFails("trust < 3 < 4", "unexpected '<' after the condition", 11);
        assertFails("trust & 1", "unexpected character '&'", 7);
        assertFails("", "expected a number, true, false, a variable or '(', found the end", 1);
        assertFails("-1 < trust", "expected a number, true, false, a variable or '(', found '-'", 1);
        assertFails("trust > 9999999999", "number 9999999999 is too large", 9);
    }

    @Test
    void reportsTypeErrors() {
        assertFails("trust", "a condition must be true or false (bool), not a number (int)", 1);
        assertFails("asked_school + 1 > 0", "'+' needs int, not bool", 1);
        assertFails("trust and true", "'and' needs bool, not int", 1);
        assertFails("true or risk - 1", "'or' needs bool, not int", 9);
        assertFails("not trust", "'not' needs bool, not int", 5);
        assertFails("trust == asked_school", "'==' needs both sides of one type, not int and bool", 7);
        assertFails("true < false", "'<' needs int, not bool", 1);
    }

    @Test
    void reportsEffectErrors() {
        assertEffectFails("trust += 1,", "unexpected character ','", 11);
        assertEffectFails("trust += 1;", "expected a variable name, found the end", 12);
        assertEffectFails("3 = trust", "expected a variable name, found '3'", 1);
        assertEffectFails("trust >= 1", "expected '=', '+=' or '-=' after 'trust', found '>='", 7);
        assertEffectFails("trust = true", "cannot assign bool to int variable 'trust'", 9);
        assertEffectFails(
                "asked_school += 1",
                "'+=' works only on int variables; 'asked_school' is a flag: use"
                        + " 'asked_school = true' or '= false'",
                14);
        assertEffectFails("trust += asked_school", "'+=' needs int, not bool", 10);
        assertEffectFails("trust += 1 trust -= 1", "expected ';' between effects, found 'trust'", 12);
    }

    @Test
    void alwaysHolds() {
        assertThat(Condition.ALWAYS.holds(state(0, 0, false))).isTrue();
        assertThat(List.of(Condition.ALWAYS.source())).containsExactly("true");
    }
}
