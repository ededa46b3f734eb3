package guide.legcramps.archfixture.cycle.a;

import guide.legcramps.archfixture.cycle.b.Second;

/** Half of a deliberate package cycle, which {@code ArchitectureTest} must reject. */
public class First {

	public Second second() {
		return new Second();
	}

}
