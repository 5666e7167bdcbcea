package uk.permanence.webapp.meeting;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import uk.permanence.webapp.api.Caller;

/**
 * What the pages that show a child's actions and alerts ask, as {@code @meetingPage} in templates: today, and what the
 * signed-in person may do by the role table.
 */
@Component("meetingPage")
public class MeetingPage {

    private final Caller caller;
    private final Clock clock;

    MeetingPage(Caller caller, Clock clock) {
        this.caller = caller;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public boolean mayAgreeActions() {
        return MeetingRights.mayAgreeActions(caller.current().role());
    }

    public boolean mayAcknowledge() {
        return MeetingRights.mayAcknowledge(caller.current().role());
    }
}
