package dev.portside.bootstrap.migration;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar per dataset on stderr, so stdout stays for the verification table. On a
 * terminal it redraws in place; otherwise (a log file, CI) it prints a line at every tenth.
 */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean interactive;
    private String label = "";
    private long total;
    private long done;
    private long doneAtStart;
    private long startedNanos;
    private int lastTenth;
    private long lastPrinted;

    ProgressBar(PrintStream out, boolean interactive) {
        this.out = out;
        this.interactive = interactive;
    }

    void start(String newLabel, long newTotal, long alreadyDone) {
        label = newLabel;
        total = Math.max(newTotal, alreadyDone);
        done = alreadyDone;
        doneAtStart = alreadyDone;
        startedNanos = System.nanoTime();
        lastTenth = -1;
        lastPrinted = -1;
        draw(false);
    }

    void advance(long items) {
        done += items;
        total = Math.max(total, done);
        draw(false);
    }

    void finish(String note) {
        draw(true);
        if (interactive) {
            out.print(note.isEmpty() ? "\n" : "  " + note + "\n");
        } else if (!note.isEmpty()) {
            out.println(String.format(Locale.ROOT, "%-10s %s", label, note));
        }
        out.flush();
    }

    private void draw(boolean last) {
        int percent = total == 0 ? 100 : (int) (done * 100 / total);
        if (!interactive) {
            int tenth = percent / 10;
            if (tenth == lastTenth && !(last && done != lastPrinted)) {
                return;
            }
            lastTenth = tenth;
            lastPrinted = done;
        }
        int filled = total == 0 ? WIDTH : (int) (done * WIDTH / total);
        double seconds = Math.max((System.nanoTime() - startedNanos) / 1e9, 1e-3);
        String line = String.format(
                Locale.ROOT,
                "%-10s [%s%s] %d/%d %3d%% %.0f/s",
                label,
                "#".repeat(filled),
                "-".repeat(WIDTH - filled),
                done,
                total,
                percent,
                (done - doneAtStart) / seconds);
        out.print(interactive ? "\r" + line : line + "\n");
        out.flush();
    }
}
