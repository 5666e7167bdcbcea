package uk.permanence.tracking.deadlines;

/** The rules table of the domain ("Timescales that drive alerts"), one constant per rule. */
public enum DeadlineRule {
    /** CPPCR 2010 reg 33: within 20 working days of entering care. */
    FIRST_REVIEW(DeadlineKind.STATUTORY),
    /** Reg 33: within 3 months of the first review; the plan for permanence is due by then. */
    SECOND_REVIEW(DeadlineKind.STATUTORY),
    /** Reg 33: every 6 months after the second review. */
    LATER_REVIEW(DeadlineKind.STATUTORY),
    /**
     * Adoption Agencies Regs 2005 reg 36: authority to place (a placement order, or the parents' consent under ACA
     * 2002 s19) held but not placed; 3 months, then every 6.
     */
    ADOPTION_REVIEW_NOT_PLACED(DeadlineKind.STATUTORY),
    /** Reg 36: after placement for adoption; 4 weeks, then 3 months, then every 6 months. */
    ADOPTION_REVIEW_AFTER_PLACEMENT(DeadlineKind.STATUTORY),
    /**
     * Children Act 1989 s32(1): care proceedings within 26 weeks, beginning with the day of issue, moved by each
     * extension of up to 8 weeks (s32(5), (8)).
     */
    CARE_PROCEEDINGS(DeadlineKind.STATUTORY),
    /**
     * CPPCR 2010 reg 28(2)(a): a visit within one week of the start of any placement (entering care, an
     * early-permanence placement, placement for adoption, the move after a disruption); AAR 2005 reg 36 likewise
     * after placement for adoption.
     */
    VISIT_AFTER_PLACEMENT(DeadlineKind.STATUTORY),
    /** AAR 2005 reg 36(4)(a): after placement for adoption, a visit at least weekly until the first review. */
    WEEKLY_VISIT_BEFORE_FIRST_ADOPTION_REVIEW(DeadlineKind.STATUTORY),
    /** CPPCR 2010 reg 28(2)(b): visits at most 6 weeks apart in the first year of the placement. */
    SIX_WEEKLY_VISIT(DeadlineKind.STATUTORY),
    /** CPPCR 2010 reg 28(2)(c): after the placement's first year, visits at most 3 months apart. */
    THREE_MONTHLY_VISIT(DeadlineKind.STATUTORY),
    /**
     * ACA 2002 s42(2): the adopters may apply once the child has lived with them for 10 weeks, counted from when the
     * child began living with them (the foster placement, for foster carers who adopt). The earliest date, not a
     * deadline: a notice, never overdue.
     */
    ADOPTION_APPLICATION_POSSIBLE(DeadlineKind.STATUTORY, true),
    /** Practice standard since 2019: 3 months from the ADM decision without an active link or match. */
    NATIONAL_MATCHING_REFERRAL(DeadlineKind.PRACTICE_STANDARD),
    /** Practice standard: a matched child moves in with the prospective adopters within a few weeks. */
    MATCH_TO_PLACEMENT(DeadlineKind.PRACTICE_STANDARD),
    /** Practice standard: the adoption application is made within a few months of placement for adoption. */
    PLACEMENT_TO_APPLICATION(DeadlineKind.PRACTICE_STANDARD),
    /** A2 threshold: placement order to match. */
    ORDER_TO_MATCH(DeadlineKind.PERFORMANCE_THRESHOLD),
    /**
     * A1 threshold: entering care to placement for adoption (a projected breach while the child waits); the clock
     * stops when the child starts living with prospective adopters (early permanence), as A10's does.
     */
    ENTRY_TO_PLACEMENT(DeadlineKind.PERFORMANCE_THRESHOLD),
    /** ASGLB: a child waiting with a placement order, 18 months since entering care. */
    LONG_WAIT_SINCE_ENTRY_18_MONTHS(DeadlineKind.PERFORMANCE_THRESHOLD),
    /** ASGLB: a child waiting with a placement order, 12 months since the order. */
    LONG_WAIT_SINCE_ORDER_12_MONTHS(DeadlineKind.PERFORMANCE_THRESHOLD),
    /** ASGLB: a child waiting with a placement order, 18 months since the order. */
    LONG_WAIT_SINCE_ORDER_18_MONTHS(DeadlineKind.PERFORMANCE_THRESHOLD),
    /**
     * The A1 threshold (or the council's stricter target), breached by the child's projected placement: due on
     * the threshold's last day, while the child waits for adopters and that day is not past.
     */
    PROJECTED_ENTRY_TO_PLACEMENT(DeadlineKind.PROJECTED),
    /** The A2 threshold breached by the projected match, while the placement order is in force and not matched. */
    PROJECTED_ORDER_TO_MATCH(DeadlineKind.PROJECTED);

    private final DeadlineKind kind;
    private final boolean notice;

    DeadlineRule(DeadlineKind kind) {
        this(kind, false);
    }

    DeadlineRule(DeadlineKind kind, boolean notice) {
        this.kind = kind;
        this.notice = notice;
    }

    public DeadlineKind kind() {
        return kind;
    }

    /** The date is the earliest something may be done, not a deadline: its alert is a notice, never overdue. */
    public boolean notice() {
        return notice;
    }
}
