package vn.ptdv.service;

/** For tests outside this package: the password hash older versions kept, to make such a file. */
public final class AccessServiceHashes {
    private AccessServiceHashes() {
    }

    public static String hash(char[] password) {
        return AccessService.hash(password);
    }
}
