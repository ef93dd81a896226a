package vn.ptdv.cli;

import vn.ptdv.service.Services;

/** What a command needs: the services over the chosen database, opened (and filled) on first use. */
public interface CliContext {
    Services services();
}
