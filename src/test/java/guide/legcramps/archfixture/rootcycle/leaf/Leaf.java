package guide.legcramps.archfixture.rootcycle.leaf;

import guide.legcramps.archfixture.rootcycle.Root;

/** Imports its own parent package back. */
public class Leaf {

	public Root root() {
		return new Root();
	}

}
