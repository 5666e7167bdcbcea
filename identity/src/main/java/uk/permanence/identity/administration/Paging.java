package uk.permanence.identity.administration;

import java.util.LinkedHashMap;
import java.util.Map;

/** Which page of a list to answer ({@code page} from 0) and how long a page is (at most {@link #MAX_SIZE}). */
record Paging(int page, int size) {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;

    /** From the query parameters as given (either may be absent); a 400 problem naming each wrong one. */
    static Paging of(String page, String size) {
        Map<String, String> wrong = new LinkedHashMap<>();
        Integer pageNumber = page == null ? Integer.valueOf(0) : parse(page);
        if (pageNumber == null || pageNumber < 0) {
            wrong.put("page", "must be a whole number from 0");
        }
        Integer pageSize = size == null ? Integer.valueOf(DEFAULT_SIZE) : parse(size);
        if (pageSize == null || pageSize < 1 || pageSize > MAX_SIZE) {
            wrong.put("size", "must be a whole number from 1 to " + MAX_SIZE);
        }
        if (!wrong.isEmpty()) {
            throw Problems.badRequest(wrong);
        }
        return new Paging(pageNumber, pageSize);
    }

    private static Integer parse(String number) {
        try {
            return Integer.valueOf(number.trim());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
