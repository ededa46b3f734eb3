package guide.legcramps.site;

import org.springframework.data.jpa.repository.query.QueryEnhancerFactories;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;

/**
 * How Spring Data reads the repositories' queries (see {@link RepositoryConfiguration}): the
 * default for native SQL, the regular-expression enhancer for JPQL. Public, with a public
 * constructor, because the repositories Spring AOT generates in the features' packages create it.
 */
public final class PlainJpql extends QueryEnhancerSelector.DefaultQueryEnhancerSelector {

	public PlainJpql() {
		super(DEFAULT_NATIVE, QueryEnhancerFactories.fallback());
	}

}
