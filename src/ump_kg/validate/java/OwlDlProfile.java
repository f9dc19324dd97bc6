// Reports OWL 2 DL profile violations of an ontology file with the OWL API's own profile checker.
// Output: one line per violation, "VIOLATION<TAB>type<TAB>message"; exit 0 when in profile,
// 1 with violations, 2 when the file cannot be parsed. Imports are never fetched: missing
// imports are silently ignored by the loader configuration.
import java.io.File;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.io.FileDocumentSource;
import org.semanticweb.owlapi.model.MissingImportHandlingStrategy;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyLoaderConfiguration;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;

public final class OwlDlProfile {
    public static void main(String[] args) {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        OWLOntologyLoaderConfiguration config = new OWLOntologyLoaderConfiguration()
            .setMissingImportHandlingStrategy(MissingImportHandlingStrategy.SILENT)
            .setFollowRedirects(false);
        OWLOntology ontology;
        try {
            ontology = manager.loadOntologyFromOntologyDocument(
                new FileDocumentSource(new File(args[0])), config);
        } catch (Exception e) {
            System.out.println("PARSE\t" + e.getClass().getSimpleName() + "\t" + e.getMessage());
            System.exit(2);
            return;
        }
        OWLProfileReport report = new OWL2DLProfile().checkOntology(ontology);
        for (OWLProfileViolation v : report.getViolations()) {
            System.out.println("VIOLATION\t" + v.getClass().getSimpleName() + "\t"
                + v.toString().replace('\n', ' '));
        }
        System.exit(report.isInProfile() ? 0 : 1);
    }
}
