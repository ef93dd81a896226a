package vn.ptdv.report;

import java.util.List;
import vn.ptdv.service.CandidateService;

/**
 * What an import would do, before anything is written: who is added, who updated, how many steps,
 * and every error and warning with its sheet, row and column. Any error: nothing is written.
 */
public record ImportPreview(List<String> added, List<String> updated, int stepsAdded, int stepsAlreadyThere,
                            List<String> newSources, List<ImportSheet.Problem> errors,
                            List<ImportSheet.Problem> warnings, List<CandidateService.ImportEntry> entries) {

    public boolean canApply() {
        return errors.isEmpty();
    }
}
