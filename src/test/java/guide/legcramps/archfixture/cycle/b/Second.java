package guide.legcramps.archfixture.cycle.b;

import guide.legcramps.archfixture.cycle.a.First;

/** The other half of the deliberate cycle. */
public class Second {

	public First first() {
		return new First();
	}

}
