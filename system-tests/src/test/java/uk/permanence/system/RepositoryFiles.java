package uk.permanence.system;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** Reads the repository's own files for the tests that keep documents and configuration honest. */
final class RepositoryFiles {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private RepositoryFiles() {
    }

    static String read(String path) throws IOException {
        return Files.readString(ROOT.resolve(path));
    }

    static Map<String, Object> yaml(String path) throws IOException {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve(path))) {
            return new Yaml().load(reader);
        }
    }

    /** A service's application.yml as flat property names ({@code spring.datasource.url}) to values. */
    static Map<String, Object> serviceProperties(String service) throws IOException {
        Map<String, Object> flat = new LinkedHashMap<>();
        flatten("", yaml(service + "/src/main/resources/application.yml"), flat);
        return flat;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> tree, Map<String, Object> flat) {
        tree.forEach((key, value) -> {
            String name = prefix.isEmpty() ? key : prefix + "." + key;
            if (value instanceof Map<?, ?> map) {
                flatten(name, (Map<String, Object>) map, flat);
            } else {
                flat.put(name, value);
            }
        });
    }
}
