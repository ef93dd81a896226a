package vn.ptdv.service;

import java.util.Optional;

/** What a save does to the candidate's photo: keep it, replace it, or remove it. */
public record PhotoUpdate(boolean changes, Optional<byte[]> photo) {
    public static PhotoUpdate keep() {
        return new PhotoUpdate(false, Optional.empty());
    }

    public static PhotoUpdate set(byte[] photo) {
        return new PhotoUpdate(true, Optional.of(photo));
    }

    public static PhotoUpdate remove() {
        return new PhotoUpdate(true, Optional.empty());
    }
}
