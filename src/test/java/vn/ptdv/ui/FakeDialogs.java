package vn.ptdv.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.ptdv.ui.common.DialogService;

/** Records what would have been shown and answers confirmations as told. */
public final class FakeDialogs implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> questions = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public boolean answer = true;
    public Optional<Path> image = Optional.empty();

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        questions.add(message);
        return answer;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(message);
    }

    public Optional<Path> saveFile = Optional.empty();
    public UnsavedChoice unsaved = UnsavedChoice.STAY;
    public Optional<Path> openFile = Optional.empty();

    @Override
    public Optional<Path> chooseOpenFile(String extension, String filterText) {
        return openFile;
    }

    @Override
    public UnsavedChoice askUnsaved(String title, String message) {
        questions.add(message);
        return unsaved;
    }
    public Optional<Acknowledgement> acknowledgement = Optional.empty();

    @Override
    public Optional<Path> chooseImage() {
        return image;
    }

    @Override
    public Optional<Path> chooseSaveFile(String suggestedName, String extension, String filterText) {
        return saveFile;
    }

    @Override
    public Optional<Acknowledgement> askAcknowledgement(String findingText, String defaultBy) {
        questions.add(findingText);
        return acknowledgement;
    }

    /** The answers to password questions, in order; empty when there are none left (cancelled). */
    public final java.util.Deque<String> passwords = new java.util.ArrayDeque<>();

    @Override
    public Optional<char[]> askPassword(String title, String message) {
        questions.add(message);
        return Optional.ofNullable(passwords.poll()).map(String::toCharArray);
    }

    @Override
    public Optional<char[]> askNewPassword(String title, String message, int minimumLength) {
        questions.add(message);
        return Optional.ofNullable(passwords.poll()).map(String::toCharArray);
    }
}
