package guide.legcramps.archfixture.deepcycle.stage.one;

import guide.legcramps.archfixture.deepcycle.stage.two.Two;

/** A cycle two levels down, between sibling stage folders. */
public class One {

	public Two two() {
		return new Two();
	}

}
