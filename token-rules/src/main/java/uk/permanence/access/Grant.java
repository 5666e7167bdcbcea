package uk.permanence.access;

import java.util.List;
import java.util.Set;

/**
 * One row of the role table: calls with this HTTP method to any of these paths (Spring path patterns: {@code *} is
 * one segment, a trailing {@code /**} any number) may be made by these roles.
 */
public record Grant(String method, List<String> paths, Set<String> roles) {

    public Grant {
        paths = List.copyOf(paths);
        roles = Set.copyOf(roles);
    }

    public String[] pathArray() {
        return paths.toArray(String[]::new);
    }

    public String[] roleArray() {
        return roles.stream().sorted().toArray(String[]::new);
    }
}
