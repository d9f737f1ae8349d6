package nl.signaal.progress;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import nl.signaal.identity.PersonalData;

/** A person's learning records as xAPI statements in the download; pseudonymised when the account is erased. */
@Singleton
class LearningRecordsOfPerson implements PersonalData {
    private final LearningRecordRepository records;
    private final LearningRecords learningRecords;

    LearningRecordsOfPerson(LearningRecordRepository records, LearningRecords learningRecords) {
        this.records = records;
        this.learningRecords = learningRecords;
    }

    @Override
    public String section() {
        return "learningRecords";
    }

    @Override
    public List<Statement> exportOf(UUID userId) {
        return records.findByUserIdOrderByStoredAt(userId).stream()
                .map(learningRecords::readForLearner)
                .toList();
    }

    @Override
    public void erase(UUID userId, UUID pseudonym) {
        records.pseudonymise(userId, pseudonym, userId.toString(), pseudonym.toString());
    }
}
