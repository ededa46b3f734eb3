package guide.legcramps;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The house's shape, read from the compiled classes: no package imports a package that imports it
 * back, at any depth, and each layer imports only the layers below it. The fixtures under
 * {@code archfixture} hold deliberate cycles that the same rule must reject, so it cannot pass by
 * reading nothing.
 */
class ArchitectureTest {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("guide.legcramps");

	/** Every package is a slice of its own: the root package, each feature and each content stage. */
	private static ArchRule noPackageCycles(String root) {
		return slices().matching("(" + root + "..)").should().beFreeOfCycles();
	}

	@Test
	void readsTheApplicationsClasses() {
		// an ArchUnit that cannot read the class files' version skips them and passes every rule
		assertThat(MAIN.size()).isGreaterThan(100);
		assertThat(MAIN.containPackage("guide.legcramps.content.load")).isTrue();
		assertThat(MAIN.contain("guide.legcramps.LegCrampsApplication")).isTrue();
	}

	@Test
	void noPackageImportsOneThatImportsItBack() {
		noPackageCycles("guide.legcramps").check(MAIN);
	}

	@Test
	void theRuleRejectsACycleBetweenPackages() {
		JavaClasses fixture = new ClassFileImporter().importPackages("guide.legcramps.archfixture.cycle");
		assertThat(fixture.size()).isEqualTo(2);
		assertThatThrownBy(() -> noPackageCycles("guide.legcramps.archfixture.cycle").check(fixture))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("Cycle detected");
	}

	@Test
	void theRuleRejectsARootPackageImportedBackByItsOwnSubPackage() {
		JavaClasses fixture = new ClassFileImporter().importPackages("guide.legcramps.archfixture.rootcycle");
		assertThat(fixture.size()).isEqualTo(2);
		assertThatThrownBy(() -> noPackageCycles("guide.legcramps.archfixture.rootcycle").check(fixture))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("Cycle detected");
	}

	@Test
	void theRuleRejectsACycleBetweenStageFoldersDeepDown() {
		JavaClasses fixture = new ClassFileImporter().importPackages("guide.legcramps.archfixture.deepcycle");
		assertThat(fixture.size()).isEqualTo(2);
		assertThatThrownBy(() -> noPackageCycles("guide.legcramps.archfixture.deepcycle").check(fixture))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("Cycle detected");
	}

	@Test
	void eachLayerImportsOnlyTheLayersBelowIt() {
		layeredArchitecture().consideringOnlyDependenciesInAnyPackage("guide.legcramps..")
			.layer("Application").definedBy("guide.legcramps")
			.layer("Commands").definedBy("guide.legcramps.command..")
			.layer("Export").definedBy("guide.legcramps.export..")
			.layer("Cache").definedBy("guide.legcramps.cache..")
			.layer("Search").definedBy("guide.legcramps.search..")
			.layer("Seo").definedBy("guide.legcramps.seo..")
			.layer("Content").definedBy("guide.legcramps.content..")
			.layer("Features")
			.definedBy("guide.legcramps.home..", "guide.legcramps.topic..", "guide.legcramps.tag..",
					"guide.legcramps.author..", "guide.legcramps.article..", "guide.legcramps.page..")
			.layer("Server").definedBy("guide.legcramps.server..")
			.layer("Site").definedBy("guide.legcramps.site..")
			.whereLayer("Application").mayNotBeAccessedByAnyLayer()
			.whereLayer("Commands").mayOnlyBeAccessedByLayers("Application")
			.whereLayer("Export").mayOnlyBeAccessedByLayers("Commands")
			.whereLayer("Cache").mayNotBeAccessedByAnyLayer()
			.whereLayer("Search").mayOnlyBeAccessedByLayers("Export")
			.whereLayer("Seo").mayOnlyBeAccessedByLayers("Export")
			.whereLayer("Content").mayOnlyBeAccessedByLayers("Commands", "Export", "Cache", "Search")
			.whereLayer("Features").mayOnlyBeAccessedByLayers("Export", "Seo", "Content", "Search")
			.whereLayer("Server").mayOnlyBeAccessedByLayers("Cache")
			.check(MAIN);
	}

	@Test
	void featuresImportEachOtherInOneDirectionOnly() {
		// article <- tag <- topic <- home, article <- author; page stands alone
		ArchRule rule = slices().matching("guide.legcramps.(*)..")
			.should()
			.beFreeOfCycles();
		rule.check(MAIN);
	}

}
