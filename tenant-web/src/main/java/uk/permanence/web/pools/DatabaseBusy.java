package uk.permanence.web.pools;

import java.sql.SQLException;
import java.time.Duration;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A request that found no free connection within the requests pool's short wait, or whose statement ran past the
 * statement timeout, is answered 503 with {@code Retry-After}: the service is busy, not broken, and other requests
 * and event processing go on.
 */
@RestControllerAdvice
public class DatabaseBusy {

    /** PostgreSQL's query_canceled, which statement_timeout raises. */
    private static final String QUERY_CANCELED = "57014";

    private final Duration retryAfter;

    DatabaseBusy(Duration retryAfter) {
        this.retryAfter = retryAfter;
    }

    /** No connection in time, for a query or (through JPA, as case-service's commands are) for a transaction. */
    @ExceptionHandler({CannotGetJdbcConnectionException.class, QueryTimeoutException.class,
            CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> busy(RuntimeException e) {
        return answer();
    }

    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<ProblemDetail> failed(DataAccessException e) throws DataAccessException {
        if (e.getMostSpecificCause() instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState())) {
            return answer();
        }
        throw e;
    }

    private ResponseEntity<ProblemDetail> answer() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The service's database is busy; try again after " + retryAfter.toSeconds() + " s");
        problem.setTitle("Service busy");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, retryAfter.toSeconds())))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
