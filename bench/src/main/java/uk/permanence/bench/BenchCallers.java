package uk.permanence.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The bench's callers: one development token per simulated client, each for one council, written by
 * {@code ./permanence bench} as lines of {@code COUNCIL TOKEN}.
 */
record BenchCallers(List<Caller> callers) {

    record Caller(String council, String token) {
    }

    static BenchCallers read(String file) throws IOException {
        return new BenchCallers(Files.readAllLines(Path.of(file)).stream().filter(line -> !line.isBlank())
                .map(line -> line.split(" ", 2)).map(parts -> new Caller(parts[0], parts[1])).toList());
    }

    int size() {
        return callers.size();
    }

    Caller get(int n) {
        return callers.get(n % callers.size());
    }
}
