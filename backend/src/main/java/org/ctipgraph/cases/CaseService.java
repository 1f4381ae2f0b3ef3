package org.ctipgraph.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ctipgraph.database.GraphSchemaSetup;
import org.springframework.stereotype.Service;

/**
 * Case compartments. Until access control exists every user sees every case, but every document,
 * entity and query is already scoped to one case id.
 */
@Service
public class CaseService {
    /** The case that uploads go to when none was created yet. */
    public static final String DEFAULT_CASE = "default";
    private static final Pattern CASE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final CaseRepository repository;

    CaseService(CaseRepository repository, GraphSchemaSetup schema) {
        this.repository = repository;
        if (!repository.existsById(DEFAULT_CASE)) {
            repository.save(new CaseNode(DEFAULT_CASE, "Default case", "Created at first start", Instant.now()));
        }
    }

    public List<CaseView> list() {
        return repository.findAll().stream().map(CaseNode::toView)
                .sorted(java.util.Comparator.comparing(CaseView::id)).toList();
    }

    public Optional<CaseView> find(String id) {
        return repository.findById(id).map(CaseNode::toView);
    }

    /** Creates a case; fails if the id is malformed or taken. */
    public CaseView create(String id, String name, String description) {
        if (!isValidId(id)) {
            throw new IllegalArgumentException("case id must be 1-64 lower-case letters, digits or '-', starting with a letter or digit");
        }
        if (repository.existsById(id)) {
            throw new IllegalStateException("case '" + id + "' already exists");
        }
        return repository.save(new CaseNode(id, name == null || name.isBlank() ? id : name, description, Instant.now()))
                .toView();
    }

    public static boolean isValidId(String id) {
        return id != null && CASE_ID.matcher(id).matches();
    }
}
