package dev.portside.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/** The samples of one /prometheus answer, looked up by name and label fragments. */
final class Prometheus {

    record Sample(String line, double value) {}

    private final String text;
    private final List<Sample> samples = new ArrayList<>();

    Prometheus(String text) {
        this.text = text;
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            samples.add(new Sample(line.substring(0, space), Double.parseDouble(line.substring(space + 1))));
        }
    }

    /** Samples of the metric whose labels contain every fragment (e.g. {@code usecase="TransferMoney"}). */
    List<Sample> find(String name, String... labels) {
        List<Sample> found = new ArrayList<>();
        for (Sample sample : samples) {
            String series = sample.line();
            boolean nameMatches = series.equals(name) || series.startsWith(name + "{");
            if (!nameMatches) {
                continue;
            }
            boolean all = true;
            for (String label : labels) {
                all &= series.contains(label);
            }
            if (all) {
                found.add(sample);
            }
        }
        return found;
    }

    /** The sum of the matching samples, asserting that there is at least one. */
    double sum(String name, String... labels) {
        List<Sample> found = find(name, labels);
        assertThat(found)
                .as("%s %s in /prometheus:%n%s", name, List.of(labels), excerpt(name))
                .isNotEmpty();
        return found.stream().mapToDouble(Sample::value).sum();
    }

    private String excerpt(String name) {
        String prefix = name.contains("_") ? name.substring(0, name.indexOf('_', name.indexOf('_') + 1) + 1) : name;
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            if (line.startsWith(prefix)) {
                out.append(line).append('\n');
            }
        }
        return out.length() == 0 ? "(no " + prefix + "* series)" : out.toString();
    }
}
