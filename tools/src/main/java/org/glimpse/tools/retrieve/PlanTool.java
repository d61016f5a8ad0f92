package org.glimpse.tools.retrieve;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.glimpse.api.retrieve.RetrieveConfiguration;
import org.glimpse.retrieve.internal.builtin.BuiltInConfigurations;
import org.glimpse.retrieve.internal.json.RetrieveConfigurationJson;
import org.glimpse.retrieve.internal.plan.PlanFormatter;
import org.glimpse.retrieve.internal.plan.RequestPlanner;

/**
 * Command line: print the plan of a configuration, or a configuration as JSON (which also validates a
 * file). A configuration is a built-in name or a path to a JSON file.
 *
 * <pre>
 * plan &lt;name|file.json&gt; &lt;frameCount&gt; [transferSyntaxUid]
 * json &lt;name|file.json&gt;
 * </pre>
 */
public final class PlanTool {
    private static final String USAGE = "usage: plan <name|file.json> <frameCount> [transferSyntaxUid]\n"
            + "       json <name|file.json>\n"
            + "built-in names: " + String.join(", ", BuiltInConfigurations.all().keySet());

    private PlanTool() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            if (args.length >= 3 && args.length <= 4 && args[0].equals("plan")) {
                RetrieveConfiguration c = load(args[1]);
                out.print(PlanFormatter.format(new RequestPlanner().plan(c, frameCount(args[2]),
                        args.length == 4 ? args[3] : null)));
                return 0;
            }
            if (args.length == 2 && args[0].equals("json")) {
                out.println(new RetrieveConfigurationJson().write(load(args[1])));
                return 0;
            }
            err.println(USAGE);
            return 2;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("Cannot read " + e.getMessage());
            return 1;
        }
    }

    private static RetrieveConfiguration load(String nameOrFile) throws IOException {
        RetrieveConfiguration builtIn = BuiltInConfigurations.all().get(nameOrFile);
        if (builtIn != null) {
            return builtIn;
        }
        Path file = Path.of(nameOrFile);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("'" + nameOrFile + "' is neither a built-in configuration ("
                    + String.join(", ", BuiltInConfigurations.all().keySet()) + ") nor a file");
        }
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        return new RetrieveConfigurationJson().read(Files.readString(file, StandardCharsets.UTF_8), name);
    }

    private static int frameCount(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("frameCount '" + s + "' is not a whole number");
        }
    }
}
