package nl.signaal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void verifiesAHashMadeByTheReferenceImplementation() {
        // Made with the argon2 reference CLI (Debian package argon2):
        // echo -n "correct horse battery staple" | argon2 somesaltvalue -id -t 2 -m 10 -p 1 -l 32 -e
        String reference =
                "$argon2id$v=19$m=1024,t=2,p=1$c29tZXNhbHR2YWx1ZQ$MUc6dFOMnWe1z3jo+1ZmSGNtoW5RE6vZVEGhRIJMoRs";
        assertThat(hasher.verify("correct horse battery staple", reference)).isTrue();
        assertThat(hasher.verify("correct horse battery stapler", reference)).isFalse();
    }

    @Test
    void hashesWithARandomSaltAndVerifiesOnlyTheRightPassword() {
        String first = hasher.hash("een lang wachtwoord");
        String second = hasher.hash("een lang wachtwoord");

        assertThat(first).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").isNotEqualTo(second);
        assertThat(hasher.verify("een lang wachtwoord", first)).isTrue();
        assertThat(hasher.verify("een lang wachtwoorD", first)).isFalse();
    }

    @Test
    void rejectsAHashOfAnotherKind() {
        assertThat(hasher.verify("secret", "$2a$10$abcdefghijklmnopqrstuv")).isFalse();
    }
}
