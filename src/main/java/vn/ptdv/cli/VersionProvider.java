package vn.ptdv.cli;

import picocli.CommandLine.IVersionProvider;
import vn.ptdv.i18n.Messages;

/** The version from the jar's manifest (set by the build), or "dev" when run from classes. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = PtdvCommand.class.getPackage().getImplementationVersion();
        return new String[] {Messages.text("app.name") + " " + (version == null ? "dev" : version)};
    }
}
