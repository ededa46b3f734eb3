package guide.legcramps.archfixture.deepcycle.stage.two;

import guide.legcramps.archfixture.deepcycle.stage.one.One;

/** The other side of the cycle between sibling stage folders. */
public class Two {

	public One one() {
		return new One();
	}

}
