package uk.permanence.events;

/**
 * Why the court extended the 26-week timetable of care proceedings (Children Act 1989 s32(5)): the reasons the
 * proceedings report counts for proceedings not concluded within 26 weeks.
 */
public enum ProceedingsDelayReason {
    /** A relative or friend came forward late and must be assessed as a carer. */
    FAMILY_OR_FRIENDS_ASSESSMENT,
    /** A parent's assessment or treatment (for example a residential assessment) is not complete. */
    PARENTING_ASSESSMENT,
    /** Expert evidence the court needs is not ready. */
    EXPERT_EVIDENCE,
    /** A finding-of-fact hearing, or parallel criminal proceedings. */
    FACT_FINDING,
    /** An international element: a parent or relative abroad, a foreign authority. */
    INTERNATIONAL_ELEMENT,
    /** No judge or hearing date was available in time. */
    COURT_AVAILABILITY,
    OTHER
}
