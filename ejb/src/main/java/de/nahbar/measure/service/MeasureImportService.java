package de.nahbar.measure.service;

import static de.nahbar.measure.service.ProcurementRowParser.COORDINATORS;
import static de.nahbar.measure.service.ProcurementRowParser.ENTRIES;
import static de.nahbar.measure.service.ProcurementRowParser.GERMAN_DATE;
import static de.nahbar.measure.service.ProcurementRowParser.NUMBER;
import static de.nahbar.measure.service.ProcurementRowParser.REQUIRED;
import static de.nahbar.staff.domain.Role.Names.ADMIN;
import static de.nahbar.staff.domain.Role.Names.MEASURE_COORDINATOR;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.nahbar.measure.domain.EntryDate;
import de.nahbar.measure.domain.Measure;
import de.nahbar.measure.domain.MeasureStatus;
import de.nahbar.measure.domain.Provider;
import de.nahbar.measure.service.ProcurementRowParser.ParsedRow;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.staff.domain.Role;
import de.nahbar.staff.domain.StaffMember;

/**
 * Imports measures from a procurement list (CSV or .xlsx): first a preview that names, row by
 * row, what would be created or changed and everything that is wrong; then the import, which
 * checks again and either takes every row or none. Admins may change any measure, coordinators
 * only those they coordinate; a coordinator becomes coordinator of the measures they create.
 */
@Stateless
@RolesAllowed({ADMIN, MEASURE_COORDINATOR})
public class MeasureImportService {

    @Resource
    private EJBContext context;

    @PersistenceContext
    private EntityManager em;

    /** What the list would do; writes nothing (in a transaction only so that the measures it reads stay loadable). */
    public ImportPreview preview(@NotNull @Size(max = 255) String fileName, @NotNull byte[] content) {
        return check(fileName, content).preview();
    }

    /** Imports every row, or, if anything is wrong, nothing ({@link ImportRefusedException} names why). */
    public ImportPreview importAll(@NotNull @Size(max = 255) String fileName, @NotNull byte[] content) {
        Checked checked = check(fileName, content);
        if (!checked.preview().valid()) {
            throw new ImportRefusedException(checked.preview().problems());
        }
        String me = context.getCallerPrincipal().getName();
        boolean coordinator = !context.isCallerInRole(ADMIN);
        for (ParsedRow row : checked.rows()) {
            Provider provider = em.createNamedQuery(Provider.FIND_BY_NAME, Provider.class)
                    .setParameter("name", row.provider())
                    .getResultStream()
                    .findFirst()
                    .orElseGet(() -> {
                        Provider created = new Provider(row.provider(), row.providerAddress(), row.providerPhone());
                        em.persist(created);
                        return created;
                    });
            if (row.providerAddress() != null || row.providerPhone() != null) {
                provider.changeContact(row.providerAddress(), row.providerPhone());
            }
            Measure measure = existing(row.terms().number());
            if (measure == null) {
                measure = new Measure(row.terms(), provider);
                measure.changeStatus(
                        row.terms().startsOn().isAfter(JobcenterTime.today())
                                ? MeasureStatus.PLANNED
                                : MeasureStatus.RUNNING);
                if (coordinator && row.coordinators().isEmpty()) {
                    measure.addCoordinator(member(me));
                }
                em.persist(measure);
            } else {
                measure.changeTerms(row.terms(), provider);
            }
            for (String username : row.coordinators()) {
                measure.addCoordinator(member(username));
            }
            em.flush();
            for (Map.Entry<LocalDate, Integer> entry : row.entries().entrySet()) {
                EntryDate known = em.createQuery(
                                "select e from EntryDate e where e.measure = :m and e.entryOn = :on", EntryDate.class)
                        .setParameter("m", measure)
                        .setParameter("on", entry.getKey())
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
                if (known == null) {
                    em.persist(measure.addEntryDate(entry.getKey(), entry.getValue()));
                } else if (known.getPlaces() != entry.getValue()) {
                    // checked against what is taken in check(); the condition repeats it for concurrent reservations
                    int changed = Places.onEntryDate(
                                    em,
                                    "update entry_date set places = ?1, version = version + 1"
                                            + " where id = ?2 and taken <= ?1 + allowance")
                            .setParameter(1, entry.getValue())
                            .setParameter(2, known.getId())
                            .executeUpdate();
                    if (changed == 0) {
                        throw new ImportRefusedException(List.of(ImportProblem.of(
                                row.row(),
                                ENTRIES,
                                "placesBelowTaken",
                                entry.getKey().format(GERMAN_DATE))));
                    }
                }
            }
        }
        em.flush();
        return checked.preview();
    }

    private record Checked(ImportPreview preview, List<ParsedRow> rows) {}

    private Checked check(String fileName, byte[] content) {
        List<ProcurementList.Row> rows;
        try {
            rows = ProcurementList.read(fileName, content);
        } catch (ProcurementList.Unreadable e) {
            return new Checked(
                    new ImportPreview(List.of(), List.of(ImportProblem.of(0, "", e.getMessage()))), List.of());
        }
        List<ImportProblem> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            problems.add(ImportProblem.of(0, "", "noRows"));
        } else {
            for (String column : REQUIRED) {
                if (!rows.get(0).cells().containsKey(ProcurementList.key(column))) {
                    problems.add(ImportProblem.of(1, column, "missingColumn", column));
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Checked(new ImportPreview(List.of(), problems), List.of());
        }
        List<ImportPreview.Line> lines = new ArrayList<>();
        List<ParsedRow> parsed = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        for (ProcurementList.Row row : rows) {
            int before = problems.size();
            ParsedRow p = ProcurementRowParser.parse(row, problems);
            if (p == null || !coordinatorsKnown(p, problems)) {
                continue;
            }
            if (!numbers.add(p.terms().number())) {
                problems.add(ImportProblem.of(
                        row.number(), NUMBER, "duplicate", p.terms().number()));
            }
            Measure known = existing(p.terms().number());
            if (known != null) {
                checkMayChange(row.number(), known, problems);
                checkPlaces(row.number(), known, p.entries(), problems);
            }
            if (problems.size() == before) {
                parsed.add(p);
            }
            lines.add(new ImportPreview.Line(
                    row.number(),
                    p.terms().number(),
                    p.terms().title(),
                    known != null,
                    p.entries().size()));
        }
        return new Checked(new ImportPreview(lines, problems), parsed);
    }

    private void checkMayChange(int row, Measure measure, List<ImportProblem> problems) {
        if (context.isCallerInRole(ADMIN)) {
            return;
        }
        if (!measure.isCoordinatedBy(context.getCallerPrincipal().getName())) {
            problems.add(ImportProblem.of(row, NUMBER, "notYours", measure.getNumber()));
        }
    }

    private void checkPlaces(int row, Measure measure, Map<LocalDate, Integer> entries, List<ImportProblem> problems) {
        for (Object[] known : em.createQuery(
                        "select e.entryOn, e.taken, e.allowance from EntryDate e where e.measure = :m", Object[].class)
                .setParameter("m", measure)
                .getResultList()) {
            Integer places = entries.get((LocalDate) known[0]);
            if (places != null && places + (Integer) known[2] < (Integer) known[1]) {
                problems.add(
                        ImportProblem.of(row, ENTRIES, "placesBelowTaken", ((LocalDate) known[0]).format(GERMAN_DATE)));
            }
        }
    }

    /** Whether every coordinator the row names is a measure coordinator of this Jobcenter; adds a problem for each one that is not. */
    private boolean coordinatorsKnown(ParsedRow row, List<ImportProblem> problems) {
        boolean known = true;
        for (String username : row.coordinators()) {
            StaffMember member = em.createNamedQuery(StaffMember.FIND_BY_USERNAME, StaffMember.class)
                    .setParameter("username", username)
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
            if (member == null || !member.hasRole(Role.MEASURE_COORDINATOR)) {
                problems.add(ImportProblem.of(row.row(), COORDINATORS, "coordinator", username));
                known = false;
            }
        }
        return known;
    }

    private Measure existing(String number) {
        return em.createNamedQuery(Measure.FIND_BY_NUMBER, Measure.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private StaffMember member(String username) {
        return em.createNamedQuery(StaffMember.FIND_BY_USERNAME, StaffMember.class)
                .setParameter("username", username)
                .getSingleResult();
    }
}
