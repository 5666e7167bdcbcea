package uk.permanence.reporting.statistics;


/**
 * When a figure rests on too few children to act on: an average or a percentage from fewer than {@code fewerThan}
 * children (from {@code reporting.small-numbers.fewer-than}) is flagged {@code smallNumber: true}, because one
 * child's journey moves it more than any change in practice does.
 */
public record SmallNumbers(int fewerThan) {

    public boolean isSmall(long children) {
        return children < fewerThan;
    }
}
