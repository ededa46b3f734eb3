package guide.legcramps.archfixture.rootcycle;

import guide.legcramps.archfixture.rootcycle.leaf.Leaf;

/** A root package that imports a package importing it back, as the application once did. */
public class Root {

	public Leaf leaf() {
		return new Leaf();
	}

}
