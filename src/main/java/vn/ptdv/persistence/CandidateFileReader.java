package vn.ptdv.persistence;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.Gender;
import vn.ptdv.domain.PersonRole;
import vn.ptdv.domain.Step;
import vn.ptdv.domain.StepCode;
import vn.ptdv.domain.StepPerson;

/**
 * Candidates with their whole files (steps and the people on them), one row per candidate, handed to
 * the caller one file at a time so that no list of the whole cell has to be held in memory.
 *
 * <p>Why JSON: the driver crosses into native code for every column it reads, and that crossing, not
 * SQLite, was most of the time of reading 20,000 files column by column (about 2 million columns).
 * SQLite packs each candidate and each file into one JSON text, escaping whatever the committee typed,
 * and Jackson reads it back: a third of the time.
 */
public final class CandidateFileReader {
    /** Which candidates to read: all of them, or those with a step dated in the given years. */
    public record Filter(String where, List<Object> arguments) {
        public static Filter all() {
            return new Filter("", List.of());
        }

        public static Filter withStepBetween(LocalDate from, LocalDate to) {
            return new Filter("WHERE EXISTS (SELECT 1 FROM step w WHERE w.candidate_id = c.id "
                    + "AND w.step_date BETWEEN ? AND ?)", List.of(from.toString(), to.toString()));
        }
    }

    /**
     * Made at the first whole file read, not with the class: the window's start lists the candidates
     * (no JSON) on the thread that opens the database, and Jackson's set-up cost that thread some 5 ms.
     */
    private static final class Json {
        static final JsonFactory FACTORY = new JsonFactory();
    }
    private static final String CANDIDATE = "json_array(c.id, " + CandidateRepository.COLUMNS_ALIASED + ")";
    /**
     * The file's steps in one array, in no particular order: they are put in order here (an ORDER BY
     * needs a subquery in SQLite 3.40, the encrypting driver's, and json() to give back the JSON type the
     * subquery loses, which cost a third of the read).
     */
    private static final String STEPS = "(SELECT json_group_array(json_array(s.id, s.code, s.step_date, "
            + "s.document_number, s.issuing_body, s.received_date, s.result, s.official_members, s.members_present, "
            + "s.votes_for, s.note)) FROM step s WHERE s.candidate_id = c.id)";
    /**
     * The people on the steps of the same candidates, in one flat read in the candidates' order, taken
     * alongside them: a subquery per candidate, packed as JSON, cost as much as the rest of the read.
     */
    private static final String PEOPLE = "SELECT s.candidate_id, p.step_id, p.role, p.name, p.known_since "
            + "FROM step_person p JOIN step s ON s.id = p.step_id JOIN candidate c ON c.id = s.candidate_id ";

    /**
     * A candidate's file as read, still packed: unpacked when asked for, on the thread that works on the
     * file rather than on the one reading them. Reading a ward's files is SQLite's work and the unpacking's
     * about equally, and the reading thread was the one the rest waited for.
     */
    public record PackedFile(long id, byte[] packedCandidate, byte[] packedSteps, PackedPeople people) {
        public Candidate candidate() {
            try {
                return CandidateFileReader.candidate(packedCandidate);
            } catch (IOException e) {
                throw new DatabaseException("Cannot read candidate " + id, e);
            }
        }

        /** The steps in the order of their date, then of their entry. */
        public List<Step> steps() {
            try {
                return CandidateFileReader.steps(id, packedSteps, people.byStep());
            } catch (IOException e) {
                throw new DatabaseException("Cannot read the steps of candidate " + id, e);
            }
        }
    }

    /** The files in the order of their candidates' ids, each handed on as read (see {@link PackedFile}). */
    public void forEachPacked(Connection c, Filter filter, java.util.function.Consumer<PackedFile> consumer)
            throws SQLException {
        String sql = "SELECT c.id, " + CANDIDATE + ", " + STEPS + " FROM candidate c " + filter.where() + " ORDER BY c.id";
        String people = PEOPLE + filter.where() + " ORDER BY s.candidate_id, p.step_id, p.position";
        try (PreparedStatement ps = c.prepareStatement(sql); PreparedStatement pp = c.prepareStatement(people)) {
            for (int i = 0; i < filter.arguments().size(); i++) {
                ps.setObject(i + 1, filter.arguments().get(i));
                pp.setObject(i + 1, filter.arguments().get(i));
            }
            try (ResultSet rs = ps.executeQuery(); ResultSet pr = pp.executeQuery()) {
                PeopleCursor cursor = new PeopleCursor(pr);
                while (rs.next()) {
                    long id = rs.getLong(1);
                    // As the bytes SQLite holds (UTF-8), which Jackson reads as they are: a ward's files are some
                    // 16 MB of JSON, and made into strings first they were decoded twice and held at twice the size.
                    consumer.accept(new PackedFile(id, rs.getBytes(2), rs.getBytes(3), cursor.of(id)));
                }
            }
        }
    }

    /**
     * The people on a candidate's steps as read, in the order of their steps and places: made into
     * {@link StepPerson}s on the thread that unpacks the file, not on the reading thread the rest waits for.
     */
    public static final class PackedPeople {
        static final PackedPeople NONE = new PackedPeople();
        private long[] steps = new long[4];
        private String[] roles = new String[4];
        private String[] names = new String[4];
        private String[] knownSince = new String[4];
        private int count;

        private void add(long step, String role, String name, String since) {
            if (count == steps.length) {
                int size = count * 2;
                steps = java.util.Arrays.copyOf(steps, size);
                roles = java.util.Arrays.copyOf(roles, size);
                names = java.util.Arrays.copyOf(names, size);
                knownSince = java.util.Arrays.copyOf(knownSince, size);
            }
            steps[count] = step;
            roles[count] = role;
            names[count] = name;
            knownSince[count] = since;
            count++;
        }

        /** The people by step, each step's in their places' order. */
        Map<Long, List<StepPerson>> byStep() {
            if (count == 0) {
                return Map.of();
            }
            Map<Long, List<StepPerson>> people = new HashMap<>();
            for (int i = 0; i < count; i++) {
                people.computeIfAbsent(steps[i], k -> new ArrayList<>()).add(new StepPerson(
                        PersonRole.valueOf(roles[i]), names[i], Optional.ofNullable(date(knownSince[i]))));
            }
            return people;
        }
    }

    /** Goes through the people's rows once, in the candidates' order, handing each candidate theirs. */
    private static final class PeopleCursor {
        private final ResultSet rows;
        private boolean more;
        /** The candidate of the current row, read once (every column read crosses into native code). */
        private long candidate;

        PeopleCursor(ResultSet rows) throws SQLException {
            this.rows = rows;
            next();
        }

        private void next() throws SQLException {
            more = rows.next();
            if (more) {
                candidate = rows.getLong(1);
            }
        }

        PackedPeople of(long candidateId) throws SQLException {
            while (more && candidate < candidateId) {
                next();
            }
            if (!more || candidate != candidateId) {
                return PackedPeople.NONE;
            }
            PackedPeople people = new PackedPeople();
            do {
                people.add(rows.getLong(2), rows.getString(3), rows.getString(4), rows.getString(5));
                next();
            } while (more && candidate == candidateId);
            return people;
        }
    }

    /**
     * A row of the candidate list: a few personal fields and the file's steps with only their code and
     * date, and on the helper assignments their helpers: all that the list shows or works out.
     */
    public record ListRow(long id, String fullName, Gender gender, LocalDate birthDate, String citizenId,
                          String phone, Optional<Long> sourceCategoryId, String packedSteps,
                          Map<Long, List<StepPerson>> helpers) {
        /**
         * The steps, unpacked when asked for: on the thread that works the rows out rather than on the
         * one reading them, which is the one the list waits for.
         */
        public List<Step> steps() {
            try {
                return listSteps(id, packedSteps, helpers);
            } catch (IOException e) {
                throw new DatabaseException("Cannot read the steps of candidate " + id, e);
            }
        }
    }

    /** Steps as "id code date" separated by commas: numbers, codes and ISO dates, nothing typed by a person. */
    private static final String LIST_STEPS = "(SELECT group_concat(s.id || ' ' || s.code || ' ' || s.step_date, ',') "
            + "FROM step s WHERE s.candidate_id = c.id)";
    /** The order the files' steps are read in elsewhere; put right here (an ORDER BY in SQLite costs more). */
    private static final java.util.Comparator<Step> BY_DATE_THEN_ID = java.util.Comparator.comparing(Step::date)
            .thenComparingLong(Step::id);
    /** The helpers of every helper assignment, in one flat read: a subquery per candidate costs twice as much. */
    private static final String LIST_HELPERS = "SELECT p.step_id, p.name FROM step s JOIN step_person p "
            + "ON p.step_id = s.id WHERE s.code = 'HELPER_ASSIGNED' AND p.role = 'HELPER' ORDER BY p.step_id, p.position";

    /** Every candidate as the list shows them, one at a time: a lighter read than the whole files. */
    /**
     * Whether every candidate has its sort key, so that {@link #forEachListed} gives them in Vietnamese
     * name order (by the key, then by id, as a stable sort of the rows by id would). A row written
     * without the program (by hand, by a test) has none, and the list is then sorted as it is read.
     */
    public boolean listedInNameOrder(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM candidate WHERE sort_key IS NULL)");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getInt(1) == 0;
        }
    }

    /** The list's rows, in the order of their sort keys then ids (see {@link #listedInNameOrder}). */
    public void forEachListed(Connection c, java.util.function.Consumer<ListRow> consumer) throws SQLException {
        Map<Long, List<StepPerson>> helpers = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(LIST_HELPERS); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                helpers.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(StepPerson.of(PersonRole.HELPER, rs.getString(2)));
            }
        }
        String sql = "SELECT c.id, c.full_name, c.gender, c.birth_date, c.citizen_id, c.phone, c.source_category_id, "
                + LIST_STEPS + " FROM candidate c ORDER BY c.sort_key, c.id";
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                String citizenId = rs.getString(5);
                long source = rs.getLong(7);
                Optional<Long> sourceId = rs.wasNull() ? Optional.empty() : Optional.of(source);
                consumer.accept(new ListRow(id, rs.getString(2), Gender.valueOf(rs.getString(3)),
                        date(rs.getString(4)), citizenId == null ? "" : citizenId, rs.getString(6), sourceId,
                        rs.getString(8), helpers));
            }
        }
    }

    private static List<Step> listSteps(long candidateId, String packed, Map<Long, List<StepPerson>> helpers)
            throws IOException {
        if (packed == null) {
            return List.of();
        }
        List<Step> steps = new ArrayList<>();
        for (String item : packed.split(",")) {
            int first = item.indexOf(' ');
            int second = item.indexOf(' ', first + 1);
            long id = Long.parseLong(item, 0, first, 10);
            String code = item.substring(first + 1, second);
            StepCode stepCode = StepCode.parse(code).orElseThrow(() -> new IOException("Unknown step code " + code));
            List<StepPerson> people = stepCode == StepCode.HELPER_ASSIGNED ? helpers.get(id) : null;
            steps.add(new Step(id, candidateId, stepCode, Jdbc.isoDate(item, second + 1), "", "", Optional.empty(),
                    "", Optional.empty(), Optional.empty(), Optional.empty(), "", people == null ? List.of() : people));
        }
        for (int i = 1; i < steps.size(); i++) {
            if (BY_DATE_THEN_ID.compare(steps.get(i - 1), steps.get(i)) > 0) {
                steps.sort(BY_DATE_THEN_ID);
                break;
            }
        }
        return steps;
    }

    private static Candidate candidate(byte[] json) throws IOException {
        try (JsonParser p = Json.FACTORY.createParser(json)) {
            expect(p.nextToken(), JsonToken.START_ARRAY);
            Candidate.Builder b = Candidate.builder()
                    .id(p.nextLongValue(0))
                    .fullName(p.nextTextValue())
                    .birthName(p.nextTextValue())
                    .alias(p.nextTextValue())
                    .gender(Gender.valueOf(p.nextTextValue()))
                    .birthDate(date(p.nextTextValue()))
                    .birthPlace(p.nextTextValue())
                    .homeTown(p.nextTextValue())
                    .permanentResidence(p.nextTextValue())
                    .temporaryResidence(p.nextTextValue())
                    .ethnicity(p.nextTextValue())
                    .religion(p.nextTextValue());
            String citizenId = p.nextTextValue();
            b.citizenId(citizenId == null ? "" : citizenId)
                    .phone(p.nextTextValue())
                    .occupation(p.nextTextValue())
                    .workplace(p.nextTextValue())
                    .education(p.nextTextValue())
                    .professionalQualification(p.nextTextValue())
                    .politicalTheory(p.nextTextValue())
                    .youthUnionMember(p.nextIntValue(0) == 1)
                    .youthUnionSince(date(p.nextTextValue()))
                    .massAssociations(p.nextTextValue());
            p.nextToken();
            b.sourceCategoryId(p.currentToken() == JsonToken.VALUE_NULL ? null : p.getLongValue());
            return b.notes(p.nextTextValue()).build();
        }
    }

    private static List<Step> steps(long candidateId, byte[] json, Map<Long, List<StepPerson>> people)
            throws IOException {
        if (json == null) {
            return List.of();
        }
        List<Step> steps = new ArrayList<>();
        try (JsonParser p = Json.FACTORY.createParser(json)) {
            expect(p.nextToken(), JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.START_ARRAY) {
                long id = p.nextLongValue(0);
                StepCode code = code(p);
                LocalDate date = date(p);
                String documentNumber = p.nextTextValue();
                String issuingBody = p.nextTextValue();
                Optional<LocalDate> received = Optional.ofNullable(date(p));
                String result = p.nextTextValue();
                Optional<Integer> officialMembers = integer(p);
                Optional<Integer> membersPresent = integer(p);
                Optional<Integer> votesFor = integer(p);
                String note = p.nextTextValue();
                expect(p.nextToken(), JsonToken.END_ARRAY);
                steps.add(new Step(id, candidateId, code, date, documentNumber, issuingBody,
                        received, result, officialMembers, membersPresent, votesFor, note, people.getOrDefault(id, List.of())));
            }
        }
        steps.sort(BY_DATE_THEN_ID);
        return steps;
    }

    /** The step codes' names as characters, to be matched where the parser holds them. */
    private static final StepCode[] CODES = StepCode.values();
    private static final char[][] CODE_NAMES = java.util.Arrays.stream(CODES).map(c -> c.name().toCharArray())
            .toArray(char[][]::new);

    /**
     * The next value as a step code, matched on the parser's own characters: a ward's 163,000 steps each
     * made a string of its code and of its dates only to look them up or read them.
     */
    private static StepCode code(JsonParser p) throws IOException {
        expect(p.nextToken(), JsonToken.VALUE_STRING);
        char[] text = p.getTextCharacters();
        int from = p.getTextOffset();
        int length = p.getTextLength();
        for (int i = 0; i < CODES.length; i++) {
            char[] name = CODE_NAMES[i];
            if (name.length == length && java.util.Arrays.equals(name, 0, length, text, from, from + length)) {
                return CODES[i];
            }
        }
        throw new IOException("Unknown step code " + p.getText());
    }

    /** The next value as a date (yyyy-MM-dd), or null: read from the parser's characters, no string made. */
    private static LocalDate date(JsonParser p) throws IOException {
        if (p.nextToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        return Jdbc.isoDate(java.nio.CharBuffer.wrap(p.getTextCharacters(), p.getTextOffset(), p.getTextLength()));
    }

    private static Optional<Integer> integer(JsonParser p) throws IOException {
        JsonToken token = p.nextToken();
        return token == JsonToken.VALUE_NULL ? Optional.empty() : Optional.of(p.getIntValue());
    }

    private static LocalDate date(String text) {
        return text == null ? null : Jdbc.isoDate(text);
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("Expected " + expected + " but read " + actual);
        }
    }
}
