package org.glimpse.tools.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The assembled workstation (features/target/glimpse-workstation) run as a process of its own with the
 * launcher's {@code --load} arguments, exactly as a user runs it: the series load through the Felix-wired
 * services and the headless host.
 */
final class WorkstationProcess {

    private final Path home;
    private final List<String> jvmOptions = new ArrayList<>();

    WorkstationProcess(Path home) {
        if (!Files.isRegularFile(home.resolve("bin/glimpse-launcher.jar"))) {
            throw new IllegalArgumentException("no workstation at " + home + " (build the features module first)");
        }
        this.home = home.toAbsolutePath().normalize();
    }

    private WorkstationProcess(Path home, List<String> jvmOptions) {
        this.home = home;
        this.jvmOptions.addAll(jvmOptions);
    }

    /** The same workstation with one more JVM option (this one is left as it is). */
    WorkstationProcess withJvmOption(String option) {
        WorkstationProcess w = new WorkstationProcess(home, jvmOptions);
        w.jvmOptions.add(option);
        return w;
    }

    /** The command that starts the launcher with {@code arguments}. */
    List<String> command(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dglimpse.home=" + home);
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(home.resolve("bin/felix.jar") + ":" + home.resolve("bin/glimpse-launcher.jar") + ":"
                + home.resolve("lib") + "/*");
        command.add("org.glimpse.launcher.Launcher");
        command.addAll(arguments);
        return command;
    }

    /** Runs the launcher with its output to {@code log}; returns its exit status. */
    int run(List<String> arguments, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command(arguments)).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            return p.waitFor();
        } finally {
            p.destroy();
        }
    }

    /** Runs the launcher with the terminal's input and output; returns its exit status. */
    int run(List<String> arguments) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command(arguments)).directory(home.toFile()).inheritIO().start();
        try {
            return p.waitFor();
        } finally {
            p.destroy();
        }
    }
}
