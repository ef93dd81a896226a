package vn.ptdv.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/**
 * The classes linked before the launcher's class archive is written are read from Java's own listing of
 * the loaded classes: named ones, with their loader, never the hidden classes that cannot be named.
 */
class LauncherClassArchiveTest {
    @Test
    void theListingGivesNamedClassesWithTheirLoaderAndLeavesHiddenOnesOut() {
        String listing = """
                java.lang.Object/null
                |--java.util.stream.TerminalSink/null (intf)
                |--java.lang.invoke.LambdaForm$MH/0x00007f7614008000/null
                |  |--com.sun.jmx.mbeanserver.MXBeanIntrospector/null
                |--vn.ptdv.app.Main/0x00007ff3b41114d0
                |--vn.ptdv.app.Main$$Lambda$15/0x00007ff340068f28/0x00007ff3b41114d0
                |  |  |--picocli.CommandLine$Help/'app'
                """;
        assertThat(LauncherClassArchive.loadedClasses(listing)).containsExactly(
                new LauncherClassArchive.LoadedClass("java.lang.Object", true),
                new LauncherClassArchive.LoadedClass("java.util.stream.TerminalSink", true),
                new LauncherClassArchive.LoadedClass("com.sun.jmx.mbeanserver.MXBeanIntrospector", true),
                new LauncherClassArchive.LoadedClass("vn.ptdv.app.Main", false),
                new LauncherClassArchive.LoadedClass("picocli.CommandLine$Help", false));
    }

    @Test
    void thisJvmsListingNamesThisClassAsTheApplicationLoadersAndJavasOwnAsTheBootLoaders() throws Exception {
        Object listing = ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "vmClassHierarchy",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        assertThat(LauncherClassArchive.loadedClasses(String.valueOf(listing)))
                .contains(new LauncherClassArchive.LoadedClass(LauncherClassArchiveTest.class.getName(), false),
                        new LauncherClassArchive.LoadedClass("java.lang.String", true))
                .noneMatch(c -> c.name().contains("$$Lambda"));
    }
}
