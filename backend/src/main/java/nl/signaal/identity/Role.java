package nl.signaal.identity;

/** What a user may do in their organisation. Names are stored, so never rename one. */
public enum Role {
    LEARNER, ATTENTION_OFFICER, TRAINER, COORDINATOR, ADMIN
}
