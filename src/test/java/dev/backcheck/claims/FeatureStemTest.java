package dev.backcheck.claims;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The feature a file belongs to, read from its name: what relates a report's named service to its controller. */
class FeatureStemTest {
    @Test
    void layersOfOneFeatureShareTheStem() {
        assertEquals(ClaimJudge.featureStem("backend/src/main/java/com/acme/service/UserPreferencesService.java"),
                ClaimJudge.featureStem("backend/src/main/java/com/acme/controller/UserPreferencesController.java"));
        assertEquals("userpreferences", ClaimJudge.featureStem("src/modules/prefs/user-preferences.service.ts"));
        assertEquals("invoice", ClaimJudge.featureStem("src/invoice/InvoiceServiceImpl.java"));
    }

    @Test
    void differentFeaturesDoNot() {
        assertNotEquals(ClaimJudge.featureStem("service/DatabaseReplicationService.java"), ClaimJudge.featureStem("service/AnalyticsService.java"));
        assertEquals("databasereplication", ClaimJudge.featureStem("service/DatabaseReplicationService.java"));
    }
}
