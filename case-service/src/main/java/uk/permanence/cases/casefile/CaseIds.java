package uk.permanence.cases.casefile;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A case's id is derived from its council and case reference, so recording the same child twice meets the
 * existing case (409) instead of opening a second one.
 */
public final class CaseIds {

    private CaseIds() {
    }

    public static String of(String laCode, String caseReference) {
        return UUID.nameUUIDFromBytes((laCode + "/" + caseReference).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
